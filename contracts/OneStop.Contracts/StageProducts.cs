using System.Globalization;

namespace OneStop.Contracts;

/// <summary>
/// What completing a stage records (<see cref="UtilityStageCompleted.Data"/>), as people read it: each field's name and
/// value in Chinese and English. Fields a region's own stages add have no wording here and are not shown to applicants.
/// </summary>
public static class StageProducts
{
    private static readonly Dictionary<string, (string Zh, string En)> Labels = new()
    {
        ["supplyVoltage"] = ("供电电压", "supply voltage"),
        ["planSummary"] = ("供电方案", "supply plan"),
        ["inspectionResult"] = ("检验结果", "inspection result"),
        ["meterNumber"] = ("表号", "meter number"),
        ["energisedAt"] = ("送电时间", "energised at"),
        ["turnedOnAt"] = ("开通时间", "turned on at"),
        ["accountNumber"] = ("宽带账号", "broadband account"),
    };

    public static (string Zh, string En)? Label(string field) => Labels.TryGetValue(field, out var label) ? label : null;

    /// <summary>The value as recorded, except a result ("passed") in words and a moment in China time to the minute.</summary>
    public static (string Zh, string En) Value(string field, string value) => field switch
    {
        "inspectionResult" when value == "passed" => ("合格", "passed"),
        _ when field.EndsWith("At", StringComparison.Ordinal)
               && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) =>
            (ChinaMinute(moment), ChinaMinute(moment) + " China time"),
        _ => (value, value),
    };

    private static string ChinaMinute(DateTimeOffset moment) => moment.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
