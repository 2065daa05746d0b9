using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Messaging.Faults;

namespace OneStop.Messaging;

public static class BusRegistration
{
    private sealed record ConsumerRegistration(Action<IBusRegistrationConfigurator> Register);

    /// <summary>
    /// A service declares its consumers here; <see cref="AddMessaging"/> later builds one bus with the consumers of every
    /// service in the process — one in a service's own host, all of them in the all-in-one host.
    /// </summary>
    public static IServiceCollection AddBusConsumers(this IServiceCollection services, Action<IBusRegistrationConfigurator> register) =>
        services.AddSingleton(new ConsumerRegistration(register));

    public static WebApplicationBuilder AddMessaging(this WebApplicationBuilder builder)
    {
        var registrations = builder.Services.Select(d => d.ImplementationInstance).OfType<ConsumerRegistration>().ToList();
        var rabbitMq = builder.Configuration.GetSection("RabbitMq").Get<RabbitMqOptions>() ?? new RabbitMqOptions();
        var messaging = builder.Configuration.GetSection("Messaging").Get<MessagingOptions>() ?? new MessagingOptions();
        var receiveEndpoints = new ReceiveEndpoints();
        builder.Services.AddSingleton(receiveEndpoints);
        if (!string.IsNullOrWhiteSpace(rabbitMq.Host))
            builder.Services.AddSingleton(_ => new ErrorQueues(rabbitMq, receiveEndpoints));

        builder.Services.AddMassTransit(bus =>
        {
            // This platform runs in government networks with no internet: never phone home.
            bus.DisableUsageTelemetry();
            foreach (var registration in registrations)
                registration.Register(bus);

            bus.AddConfigureEndpointsCallback((_, name, endpoint) =>
            {
                receiveEndpoints.Add(name);
                // Each message in flight holds a database connection: bound them, or seven services exhaust the server.
                endpoint.ConcurrentMessageLimit = messaging.ConcurrentMessageLimit;
                // Bounded retry for transient faults (a busy database, a concurrent update), then the endpoint's _error queue.
                endpoint.UseMessageRetry(retry =>
                    retry.Exponential(8, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200)));
            });

            if (string.IsNullOrWhiteSpace(rabbitMq.Host))
                bus.UsingInMemory((context, transport) => transport.ConfigureEndpoints(context));
            else
                bus.UsingRabbitMq((context, transport) =>
                {
                    transport.Host(rabbitMq.Host, rabbitMq.Port, rabbitMq.VirtualHost, host =>
                    {
                        host.Username(rabbitMq.Username);
                        host.Password(rabbitMq.Password);
                        host.PublisherConfirmation = true;
                    });
                    transport.ConfigureEndpoints(context);
                });
        });
        return builder;
    }
}
