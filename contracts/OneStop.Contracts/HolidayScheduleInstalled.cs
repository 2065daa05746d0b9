namespace OneStop.Contracts;

/// <summary>
/// An administrator installed a year's official holiday schedule. Csv is the file exactly as uploaded (the format of the
/// shipped calendars); every service that counts working days stores it and counts on it from then on.
/// </summary>
public sealed record HolidayScheduleInstalled(int Year, string Csv, string InstalledBy, DateTimeOffset InstalledAt);
