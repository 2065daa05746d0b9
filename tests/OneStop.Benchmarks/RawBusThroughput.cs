using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Testing;

namespace OneStop.Benchmarks;

public sealed record RawBusResult(int Messages, int Concurrency, TimeSpan AllConfirmed, TimeSpan AllConsumed)
{
    public double ConfirmedPerSecond => Messages / AllConfirmed.TotalSeconds;
    public double ConsumedPerSecond => Messages / AllConsumed.TotalSeconds;
}

public sealed record BenchmarkPing(int Sequence);

/// <summary>
/// The ceiling under the platform: MassTransit on the same RabbitMQ virtual host, publishing with confirms (as the
/// services' outboxes do) to a consumer on its own queue with the same default endpoint settings, and no database.
/// </summary>
public static class RawBusThroughput
{
    private const int WarmupMessages = 1000;

    public static async Task<RawBusResult> MeasureAsync(TestRabbitMq broker, string virtualHost, int messages, int concurrency, CancellationToken cancellationToken)
    {
        var arrivals = new PingArrivals();
        await using var provider = new ServiceCollection()
            .AddSingleton(arrivals)
            .AddMassTransit(bus =>
            {
                bus.DisableUsageTelemetry();
                bus.AddConsumer<PingConsumer>().Endpoint(endpoint => endpoint.Name = "benchmark-ping");
                bus.UsingRabbitMq((context, transport) =>
                {
                    transport.Host(broker.Host, (ushort)broker.Port, virtualHost, host =>
                    {
                        host.Username(TestRabbitMq.Username);
                        host.Password(TestRabbitMq.Password);
                        host.PublisherConfirmation = true;
                    });
                    transport.ConfigureEndpoints(context);
                });
            })
            .BuildServiceProvider();
        var bus = provider.GetRequiredService<IBusControl>();
        await bus.StartAsync(cancellationToken);
        try
        {
            await PublishAsync(bus, arrivals, WarmupMessages, concurrency, cancellationToken);
            return await PublishAsync(bus, arrivals, messages, concurrency, cancellationToken);
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<RawBusResult> PublishAsync(IBus bus, PingArrivals arrivals, int messages, int concurrency, CancellationToken cancellationToken)
    {
        var allArrived = arrivals.Expect(messages);
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, messages),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (sequence, token) => await bus.Publish(new BenchmarkPing(sequence), token));
        var confirmed = Stopwatch.GetElapsedTime(started);
        await allArrived.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        return new RawBusResult(messages, concurrency, confirmed, Stopwatch.GetElapsedTime(started));
    }

    public sealed class PingConsumer(PingArrivals arrivals) : IConsumer<BenchmarkPing>
    {
        public Task Consume(ConsumeContext<BenchmarkPing> context)
        {
            arrivals.Arrived();
            return Task.CompletedTask;
        }
    }

    public sealed class PingArrivals
    {
        private int _remaining;
        private TaskCompletionSource _done = new();

        public Task Expect(int messages)
        {
            _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _remaining, messages);
            return _done.Task;
        }

        public void Arrived()
        {
            if (Interlocked.Decrement(ref _remaining) == 0)
                _done.TrySetResult();
        }
    }
}
