using MassTransit;

namespace OneStop.ServiceTests.Infrastructure;

/// <summary>
/// Counts how many times consumers have finished with one message id, across every receive endpoint of the bus.
/// A deterministic "all copies have been handled" condition, instead of waiting for nothing to change.
/// </summary>
public sealed class ConsumptionCounter(Guid messageId) : IReceiveObserver
{
    private int _consumed;

    public Guid MessageId => messageId;

    public int Consumed => Volatile.Read(ref _consumed);

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class
    {
        if (context.MessageId == messageId)
            Interlocked.Increment(ref _consumed);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class =>
        Task.CompletedTask;

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
}
