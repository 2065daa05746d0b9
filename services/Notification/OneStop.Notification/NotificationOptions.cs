namespace OneStop.Notification;

/// <summary>Configuration under <c>Notification</c>: templates, channels, supervisors' contacts, delivery and quiet hours.</summary>
public sealed class NotificationOptions
{
    /// <summary>An operator's folder of templates, each replacing the shipped file of the same name.</summary>
    public string? TemplateDirectory { get; set; }

    public ChannelOptions Sms { get; set; } = new() { Binding = "sms" };
    public ChannelOptions Email { get; set; } = new() { Binding = "email" };
    public ChannelOptions DingTalk { get; set; } = new() { Binding = "dingtalk" };

    /// <summary>By utility (electricity, water, …): where its supervisors are told of deadlines besides their inbox.</summary>
    public Dictionary<string, SupervisorContacts> Supervisors { get; set; } = [];

    public DeliveryOptions Delivery { get; set; } = new();

    /// <summary>No SMS in these hours, China time, but overdue alerts to staff; the rest wait until the end.</summary>
    public TimeOnly QuietFrom { get; set; } = new(22, 0);
    public TimeOnly QuietUntil { get; set; } = new(8, 0);

    public sealed class ChannelOptions
    {
        public bool Enabled { get; set; } = true;
        /// <summary>The Dapr output binding's component name.</summary>
        public string Binding { get; set; } = "";
    }

    public sealed class SupervisorContacts
    {
        public string? Phone { get; set; }
        public string? Email { get; set; }
    }

    public sealed class DeliveryOptions
    {
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
        public int MaxAttempts { get; set; } = 6;
        /// <summary>The wait after the first failure, doubling after each next one up to MaxRetryDelay.</summary>
        public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
        public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);
        /// <summary>How long one dispatcher holds a message it is sending; a crashed one's hold runs out.</summary>
        public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);
        /// <summary>How long one send may take before it counts as a failed attempt; shorter than the lease.</summary>
        public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);
    }
}
