using OneStop.Chaos;
using OneStop.Testing;

ChaosOptions options;
try
{
    options = ChaosOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}
if (ComposeStack.Unavailable() is { } unavailable)
{
    Console.Error.WriteLine($"Cannot run: {unavailable}");
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };

var stack = new ComposeStack("onestop-chaos");
try
{
    Console.WriteLine($"Building and starting the compose deployment (project {stack.Project}) …");
    await stack.UpAsync(buildAndStartTimeout: TimeSpan.FromMinutes(20), readyTimeout: TimeSpan.FromMinutes(5));
    var result = await new ChaosRun(stack, options, Console.Out).RunAsync(cancellation.Token);
    ChaosReport.Write(result, Console.Out);
    return result.Passed ? 0 : 3;
}
finally
{
    if (options.KeepDeployment)
        Console.WriteLine($"Left running: {stack.DownCommand} removes it.");
    else
        stack.Dispose();
}
