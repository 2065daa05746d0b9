using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OneStop.Messaging.Schema;

public static class TimeColumns
{
    /// <summary>Moments stored so that both providers compare and sort them: every OneStop database's convention.</summary>
    public static void StoreComparableMoments(this ModelConfigurationBuilder configurationBuilder, DatabaseFacade database)
    {
        // PostgreSQL's timestamptz takes only UTC, and the working-day calendar hands out moments in China time.
        if (database.IsNpgsql())
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        // SQLite has no time type that compares or sorts; queues and watchers do both with deadlines. UTC ticks compare
        // correctly whatever offset a moment came with.
        if (database.IsSqlite())
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    private sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(at => at.ToUniversalTime(), at => at);

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(at => at.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
