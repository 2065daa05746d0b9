using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace OneStop.Benchmarks;

/// <summary>
/// The total time a .NET process has been paused by its garbage collector: the runtime's own instrument
/// <c>dotnet.gc.pause.time</c> (meter System.Runtime), read over the diagnostics port as dotnet-counters reads it.
/// </summary>
public static class GcPauses
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>Null when the process does not answer in time (it may have exited).</summary>
    public static async Task<TimeSpan?> ReadAsync(int processId)
    {
        var session = Guid.NewGuid().ToString("N");
        try
        {
            var provider = new EventPipeProvider("System.Diagnostics.Metrics", EventLevel.Informational, 0x2, new Dictionary<string, string>
            {
                ["SessionId"] = session,
                ["Metrics"] = @"System.Runtime\dotnet.gc.pause.time",
                ["RefreshInterval"] = "1",
                ["MaxTimeSeries"] = "10",
                ["MaxHistograms"] = "10",
            });
            using var pipe = await new DiagnosticsClient(processId).StartEventPipeSessionAsync([provider], requestRundown: false, token: default);
            using var source = new EventPipeEventSource(pipe.EventStream);
            double? seconds = null;
            source.Dynamic.All += trace =>
            {
                // An observable counter's events carry its running total ("value") beside the rate since the last one.
                if (trace.EventName == "CounterRateValuePublished" && (string)trace.PayloadByName("sessionId") == session
                    && (string)trace.PayloadByName("instrumentName") == "dotnet.gc.pause.time"
                    && double.TryParse((string)trace.PayloadByName("value"), System.Globalization.CultureInfo.InvariantCulture, out var total))
                {
                    seconds = total;
                    source.StopProcessing();
                }
            };
            var processing = Task.Run(source.Process);
            await Task.WhenAny(processing, Task.Delay(Timeout));
            await pipe.StopAsync(default);
            return seconds is { } s ? TimeSpan.FromSeconds(s) : null;
        }
        catch (Exception ex) when (ex is ServerNotAvailableException or EndOfStreamException or IOException or TimeoutException)
        {
            return null;
        }
    }
}
