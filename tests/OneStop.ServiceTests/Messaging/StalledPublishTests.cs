using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Intake;
using OneStop.Messaging.Outbox;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Messaging;

/// <summary>A host whose outbox gives a publish 2 s (half its lease) before it stops waiting.</summary>
public sealed class ShortLeaseHost : ServiceHost
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Outbox:Lease", "00:00:04");
    }
}

/// <summary>
/// While MassTransit reconnects to a restarted broker, a publish may ignore its cancellation token and hang until the
/// connection is back, or for ever (the chaos run saw both). The outbox stops waiting for it: the rows behind it go
/// out, and the stalled row is retried later.
/// </summary>
public sealed class StalledPublishTests(ShortLeaseHost host) : IClassFixture<ShortLeaseHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_publish_that_never_ends_holds_up_no_row_behind_it_and_is_retried()
    {
        var stall = new StallingObserver("stalled");
        using var connected = host.Services.GetRequiredService<IBus>().ConnectPublishObserver(stall);
        var stalled = await CommitAsync("stalled");
        await stall.Reached.Task.WaitAsync(Eventually.Deadline, Cancellation);

        var next = await CommitAsync("next");
        await Eventually.UntilAsync(() => SentAsync(next), sent => sent, "the row behind the stalled publish to be published");
        var failed = await Eventually.UntilAsync(() => RowAsync(stalled), row => row.Attempts == 1, "the stalled publish to count as a failed attempt");
        Assert.Null(failed.SentAt);

        stall.Release.SetResult();
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await Eventually.UntilAsync(() => SentAsync(stalled), sent => sent, "the stalled row to be published at its retry");
    }

    private async Task<OutboxMessage> CommitAsync(string label)
    {
        var row = OutboxMessage.For(new DeadLetterProbe(label), host.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(4));
        await host.QueryAsync(async (IntakeDbContext db) =>
        {
            db.Outbox.Add(row);
            return await db.SaveChangesAsync(Cancellation);
        });
        return row;
    }

    private Task<OutboxMessage> RowAsync(OutboxMessage row) =>
        host.QueryAsync((IntakeDbContext db) => db.Outbox.AsNoTracking().SingleAsync(m => m.MessageId == row.MessageId, Cancellation));

    private Task<bool> SentAsync(OutboxMessage row) =>
        host.QueryAsync((IntakeDbContext db) => db.Outbox.AnyAsync(m => m.MessageId == row.MessageId && m.SentAt != null, Cancellation));

    /// <summary>Holds the first publish of the probe labelled <paramref name="label"/> until released, deaf to cancellation as MassTransit can be.</summary>
    private sealed class StallingObserver(string label) : IPublishObserver
    {
        private int _stalled;

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task PrePublish<T>(PublishContext<T> context) where T : class
        {
            if (context.Message is not DeadLetterProbe probe || probe.Label != label || Interlocked.Exchange(ref _stalled, 1) == 1)
                return Task.CompletedTask;
            Reached.SetResult();
            return Release.Task;
        }

        public Task PostPublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

        public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}
