using Microsoft.EntityFrameworkCore;

namespace OneStop.Calendar.Installing;

/// <summary>An official schedule an administrator installed, kept in each service's own database exactly as uploaded.</summary>
public sealed class StoredHolidaySchedule
{
    public int Year { get; private set; }
    public string Csv { get; private set; } = "";
    public string InstalledBy { get; private set; } = "";
    public DateTimeOffset InstalledAt { get; private set; }

    public static StoredHolidaySchedule Of(int year, string csv, string installedBy, DateTimeOffset installedAt) =>
        new() { Year = year, Csv = csv, InstalledBy = installedBy, InstalledAt = installedAt };

    public void Replace(string csv, string installedBy, DateTimeOffset installedAt) => (Csv, InstalledBy, InstalledAt) = (csv, installedBy, installedAt);

    public HolidaySchedule Parse() => CalendarFiles.Parse(Csv, Year, $"holiday_schedules/{Year}");
}

public static class HolidayScheduleModel
{
    public static ModelBuilder AddHolidaySchedules(this ModelBuilder modelBuilder) => modelBuilder.Entity<StoredHolidaySchedule>(schedule =>
    {
        schedule.ToTable("holiday_schedules");
        schedule.HasKey(s => s.Year);
        schedule.Property(s => s.Year).ValueGeneratedNever();
        schedule.Property(s => s.Csv).HasMaxLength(CalendarFiles.MaxBytes);
        schedule.Property(s => s.InstalledBy).HasMaxLength(200);
    });
}
