using System.Globalization;
using OneStop.Validation;

namespace OneStop.UtilityKernel.Cases;

/// <summary>
/// What completing a stage must record, by stage code: the supply plan, the inspection result, the meter and the moment
/// of energising or turn-on. A stage a region adds of its own records whatever its operators enter.
/// </summary>
public static class StageData
{
    private const int MaxEntries = 20;
    private const int MaxValueLength = 1000;
    private const string Passed = "passed";

    private enum Kind { Text, Passed, Moment }

    private static readonly Dictionary<string, (string Field, Kind Kind, string Chinese)[]> Required = new()
    {
        ["supply-plan"] = [("supplyVoltage", Kind.Text, "供电电压"), ("planSummary", Kind.Text, "供电方案内容")],
        ["completion-inspection"] = [("inspectionResult", Kind.Passed, "检验结果")],
        ["metering-energising"] = [("meterNumber", Kind.Text, "电能表号"), ("energisedAt", Kind.Moment, "送电时间")],
        ["inspection-turn-on"] = [("inspectionResult", Kind.Passed, "验收结果"), ("meterNumber", Kind.Text, "表号"), ("turnedOnAt", Kind.Moment, "开通时间")],
        ["installation-turn-on"] = [("accountNumber", Kind.Text, "宽带账号"), ("turnedOnAt", Kind.Moment, "开通时间")],
    };

    /// <summary>The fields a stage requires, for the API's description and for operators' forms.</summary>
    public static IReadOnlyList<string> RequiredFields(string stageCode) =>
        Required.TryGetValue(stageCode, out var fields) ? fields.Select(f => f.Field).ToList() : [];

    /// <summary>Every problem with the data, keyed by JSON path as in the rest of the API's validation answers.</summary>
    public static Dictionary<string, string[]> Problems(string stageCode, IReadOnlyDictionary<string, string> data, DateTimeOffset stageStartedAt, DateTimeOffset now)
    {
        var problems = new Dictionary<string, string[]>();
        if (data.Count > MaxEntries)
            problems["data"] = [$"最多 {MaxEntries} 项 / at most {MaxEntries} entries"];
        foreach (var (key, value) in data)
            if (PlainText.IsBlank(value) || !PlainText.IsClean(value, multiline: true) || value.Length > MaxValueLength)
                problems[$"data.{key}"] = [$"不能为空，不超过 {MaxValueLength} 个字符，不含控制字符 / must be non-empty, at most {MaxValueLength} characters, no control characters"];
        if (!Required.TryGetValue(stageCode, out var fields))
            return problems;
        foreach (var (field, kind, chinese) in fields)
        {
            var path = $"data.{field}";
            if (!data.TryGetValue(field, out var value) || PlainText.IsBlank(value))
                problems[path] = [$"请填写{chinese} / {field} is required for stage {stageCode}"];
            else if (kind == Kind.Passed && value != Passed)
                problems[path] = [$"{chinese}须为 passed；未通过时请向申请人发起补正 / must be \"passed\"; if it did not pass, request a correction instead"];
            else if (kind == Kind.Moment && !IsMomentWithin(value, stageStartedAt, now))
                problems[path] = [$"{chinese}须为带时区的 ISO 8601 时间，且在本环节开始之后、当前时间之前 / must be an ISO 8601 time with an offset, after the stage started and not in the future"];
        }
        return problems;
    }

    // An offset is required: a bare local time would be read differently by each server's time zone.
    private static readonly string[] MomentFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    // Forms record times to the minute: a meter energised in the minute its stage started is after the start.
    private static bool IsMomentWithin(string value, DateTimeOffset from, DateTimeOffset to) =>
        DateTimeOffset.TryParseExact(value, MomentFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
        && moment >= from.AddTicks(-(from.UtcTicks % TimeSpan.TicksPerMinute)) && moment <= to;
}
