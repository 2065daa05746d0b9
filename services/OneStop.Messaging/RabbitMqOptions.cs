namespace OneStop.Messaging;

/// <summary>Bound from <c>RabbitMq:*</c> (env <c>RabbitMq__Host</c>, …). No host means the in-memory bus of the all-in-one host.</summary>
public sealed class RabbitMqOptions
{
    public string? Host { get; set; }
    public ushort Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";
}
