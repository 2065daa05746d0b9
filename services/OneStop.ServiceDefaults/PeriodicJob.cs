using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OneStop.ServiceDefaults;

/// <summary>
/// Work a service does on its own, at start and then every <see cref="Interval"/> until it stops (watchers, clean-ups).
/// A failed run is logged and the next one tries again: a database away for a moment must not end the job.
/// </summary>
public abstract class PeriodicJob(ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "{Job} failed; trying again in {Interval}", GetType().Name, Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
