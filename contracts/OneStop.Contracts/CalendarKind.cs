using System.Text.Json.Serialization;

namespace OneStop.Contracts;

/// <summary>What a year's working days are counted on.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<CalendarKind>))]
public enum CalendarKind
{
    /// <summary>The State Council's published holiday schedule for the year (国务院办公厅关于部分节假日安排的通知).</summary>
    Official,
    /// <summary>
    /// The statutory holidays of 《全国年节及纪念日放假办法》 alone, until the year's schedule is published: no adjusted
    /// working weekends (调休) are guessed, so dates may move when the schedule arrives.
    /// </summary>
    Provisional,
}
