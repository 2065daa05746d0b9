using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Reflection;

namespace OneStop.Testing;

/// <summary>One OneStop host running as its own operating-system process, as in production; its console output is kept.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(5) };
    private static readonly ConcurrentDictionary<int, byte> PortsHandedOut = new();
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServiceProcess(string name, Uri baseAddress, Process process)
    {
        Name = name;
        BaseAddress = baseAddress;
        _process = process;
    }

    public string Name { get; }
    public Uri BaseAddress { get; }
    public IEnumerable<string> Output => _output;
    public bool HasExited => _process.HasExited;

    /// <summary>Starts the host whose dll is at <paramref name="relativeDll"/> (from the repository root) on a free port.</summary>
    public static ServiceProcess Start(string name, string relativeDll, IReadOnlyDictionary<string, string> environment, int? port = null)
    {
        var dll = Path.Combine(RepositoryRoot, relativeDll.Replace("{configuration}", Configuration));
        if (!File.Exists(dll))
            throw new FileNotFoundException($"{name} is not built: {dll}");
        var baseAddress = new Uri($"http://127.0.0.1:{port ?? FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            // The content root is the working directory: the gateway reads its appsettings.json from there.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "json";
        start.Environment["Logging__Console__FormatterOptions__IncludeScopes"] = "true";
        // Its "Now listening on" line is how WaitUntilHealthyAsync knows that this process, not another, holds the port.
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        // libfaketime prefers an inherited FAKETIME (the run's date) to the moving clock's file, which already includes it.
        if (environment.ContainsKey("FAKETIME_TIMESTAMP_FILE"))
            start.Environment.Remove("FAKETIME");

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var service = new ServiceProcess(name, baseAddress, process);
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) service._output.Enqueue(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) service._output.Enqueue(line.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    public async Task WaitUntilHealthyAsync(string path = "/health/ready", TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{Tail()}");
            try
            {
                using var response = await Probe.GetAsync(new Uri(BaseAddress, path));
                if (response.IsSuccessStatusCode && IsListening)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Starting slowly on a busy machine.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{Name} did not become healthy at {path}:\n{Tail()}");
    }

    /// <summary>
    /// Until this process's clock has reached <paramref name="at"/>, as the Date header of its answers says (Kestrel
    /// sets it once a second, in the same beat that closes connections idle too long).
    /// </summary>
    public async Task WaitForClockAsync(DateTimeOffset at, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        var second = at.AddTicks(-(at.UtcTicks % TimeSpan.TicksPerSecond));
        while (DateTime.UtcNow < deadline)
        {
            // A new connection each time: the old ones are what the jump closes.
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(BaseAddress, "/health/live")) { Headers = { ConnectionClose = true } };
            using var response = await Probe.SendAsync(request);
            if (response.Headers.Date >= second)
                return;
            await Task.Delay(200);
        }
        throw new TimeoutException($"{Name}'s clock did not reach {at:O}:\n{Tail()}");
    }

    // Another process that took the port first would answer the probe while this one fails to bind and exits.
    private bool IsListening => _output.Any(line => line.Contains($"Now listening on: {BaseAddress.GetLeftPart(UriPartial.Authority)}"));

    public async Task<string> WaitForOutputAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_output.FirstOrDefault(match) is { } line)
                return line;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{Name} never wrote the expected line:\n{Tail()}");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing — a crash.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited)
            return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public string Tail(int lines = 40) => string.Join('\n', _output.TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    /// <summary>
    /// A port nothing listens on, never the same twice in this test run: a released port may be handed out again before
    /// the process it was chosen for has bound it.
    /// </summary>
    public static int FreePort()
    {
        while (true)
        {
            using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            if (PortsHandedOut.TryAdd(port, 0))
                return port;
        }
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string Configuration =>
        typeof(ServiceProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "OneStop.slnx")))
                return directory.FullName;
        throw new InvalidOperationException("OneStop.slnx not found above " + AppContext.BaseDirectory);
    }
}
