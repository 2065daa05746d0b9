using MassTransit;
using MassTransit.Middleware;

namespace OneStop.Messaging;

/// <summary>
/// Consumers on one endpoint that handle each application's messages one after another, in arrival order, within an
/// instance (partitioned by application id): news of one application rarely collides on its concurrency token, and a
/// message never overtakes the one it follows on that endpoint.
/// </summary>
public sealed class PartitionedConsumers(IBusRegistrationConfigurator bus, string endpoint)
{
    private readonly IPartitioner _byApplication = new Partitioner(16, new Murmur3UnsafeHashGenerator());

    public PartitionedConsumers Add<TConsumer, TMessage>(Func<TMessage, Guid> applicationId)
        where TConsumer : class, IConsumer<TMessage>
        where TMessage : class
    {
        bus.AddConsumer<TConsumer>((_, consumer) => consumer.Message<TMessage>(
                message => message.UsePartitioner(_byApplication, m => applicationId(m.Message))))
            .Endpoint(e => e.Name = endpoint);
        return this;
    }
}
