using MassTransit;
using OneStop.Contracts;

namespace OneStop.Calendar.Installing;

/// <summary>
/// Every replica of every service hears an installed schedule on a queue of its own and counts on it at once; the
/// service's database copy (<see cref="HolidayScheduleInstalledConsumer{TDbContext}"/>) is what a restarted replica reads.
/// </summary>
public sealed class HolidayScheduleBroadcastConsumer(WorkingDayCalendar calendar) : IConsumer<HolidayScheduleInstalled>
{
    public Task Consume(ConsumeContext<HolidayScheduleInstalled> context)
    {
        calendar.Install(CalendarFiles.Parse(context.Message.Csv, context.Message.Year, $"message {context.MessageId}"));
        return Task.CompletedTask;
    }
}
