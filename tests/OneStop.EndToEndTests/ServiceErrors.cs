using OneStop.Testing;
using Xunit.Sdk;

namespace OneStop.EndToEndTests;

/// <summary>
/// A failing end-to-end step usually shows only its symptom (a 500, a timeout); the cause is in some service's log.
/// This puts the errors every process logged next to the failure.
/// </summary>
public static class ServiceErrors
{
    private const int PerService = 5;

    public static async Task ExplainFailuresAsync(DistributedPlatform platform, Func<DistributedPlatform, Task> test)
    {
        try
        {
            await test(platform);
        }
        catch (Exception failure) when (failure is not SkipException && Summary(platform) is { Length: > 0 } errors)
        {
            throw new XunitException($"{failure.GetType().Name}: {failure.Message}\n\nErrors the services logged:\n{errors}", failure);
        }
    }

    public static string Summary(DistributedPlatform platform) => string.Join('\n', platform.Services.Values.Append(platform.Gateway!)
        .SelectMany(service => service.Output
            .Where(line => line.Contains("\"LogLevel\":\"Error\"") || line.Contains("\"LogLevel\":\"Critical\""))
            .Where(line => !line.Contains("__EFMigrationsHistory")) // a new database has no history table yet
            .Select(JsonLogLine.TryParse)
            .OfType<JsonLogLine>()
            .Select(line => $"  {service.Name} {line.Category}: {line.Message.Split('\n')[0]}" +
                (line.InnermostException is { } cause ? $"\n      caused by {cause}" : ""))
            .Where(line => !line.Contains("HealthCheck")) // "not started yet" while the platform starts
            .Distinct()
            .Take(PerService)));
}
