using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OneStop.Contracts;
using OneStop.Messaging;
using OneStop.Messaging.Inbox;

namespace OneStop.Calendar.Installing;

/// <summary>
/// Keeps an installed schedule in this service's database: what a replica counts on after a restart, or after it missed
/// the broadcast (<see cref="HolidayScheduleSync{TDbContext}"/>). One replica of each service consumes it; every replica
/// hears it on <see cref="HolidayScheduleBroadcastConsumer"/> and counts on it at once.
/// </summary>
public sealed class HolidayScheduleInstalledConsumer<TDbContext>(TDbContext db, ILogger<HolidayScheduleInstalledConsumer<TDbContext>> logger)
    : IdempotentConsumer<HolidayScheduleInstalled, TDbContext>(db, logger)
    where TDbContext : MessagingDbContext
{
    protected override string ConsumerName => "holiday-schedule-installed";

    protected override async Task HandleAsync(ConsumeContext<HolidayScheduleInstalled> context)
    {
        var message = context.Message;
        // Checked at upload; parsed again so that a bad message fails here, loudly, rather than be kept.
        CalendarFiles.Parse(message.Csv, message.Year, $"message {context.MessageId}");
        var stored = await Db.Set<StoredHolidaySchedule>().SingleOrDefaultAsync(s => s.Year == message.Year, context.CancellationToken);
        if (stored is null)
            Db.Add(StoredHolidaySchedule.Of(message.Year, message.Csv, message.InstalledBy, message.InstalledAt));
        else if (stored.InstalledAt <= message.InstalledAt)
            stored.Replace(message.Csv, message.InstalledBy, message.InstalledAt);
        // Otherwise an older upload delivered late: the newer one stands.
    }
}
