using System.Text.Json.Serialization;

namespace OneStop.Contracts;

/// <summary>
/// What a date counted in working days rests on: provisional while any year it crosses has no published schedule,
/// otherwise official, with the notices of the years it crosses.
/// </summary>
public sealed record CalendarBasis(CalendarKind Calendar, IReadOnlyList<string> Notices)
{
    [JsonIgnore]
    public bool IsProvisional => Calendar == CalendarKind.Provisional;
}
