using DotNet.Testcontainers.Containers;

namespace OneStop.Testing;

/// <summary>What the tests' containers share: where their images come from, their label, and one way to fail to start.</summary>
public static class TestContainer
{
    /// <summary>Every container the tests start carries it, so that a script can remove what a killed run left behind.</summary>
    public const string Label = "org.onestop.tests";

    /// <summary>
    /// The image from <paramref name="variable"/>, or the upstream one. Where no registry is reachable (CI here) the
    /// variable names a local image built from Debian packages; a local image never carries an upstream name.
    /// </summary>
    public static string Image(string variable, string upstream) => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } image ? image : upstream;

    public static async Task StartAsync(IContainer container, string what)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await container.StartAsync(timeout.Token);
        }
        catch (Exception exception)
        {
            await container.DisposeAsync();
            throw new ServersUnavailableException($"{what} ({container.Image.FullName}) did not start in a container: {exception.Message}", exception);
        }
    }
}
