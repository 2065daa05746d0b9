using System.Text.Json;
using System.Text.Json.Serialization;
using OneStop.Contracts;
using OneStop.Contracts.Fees;

namespace OneStop.Fees;

/// <summary>
/// Reads the published schedules: one JSON file per utility and region (<c>*.json</c>; see <see cref="FeeSchedule"/>).
/// Every problem of every file is reported at once, with its file: at start-up a wrong schedule stops the service, for a
/// fee must never be charged on an item without a legal basis, on a formula nobody wrote, or twice for one day.
/// </summary>
public static class FeeScheduleFiles
{
    /// <summary>Kept well above a real schedule (a few KB), so that no file can exhaust a service's memory.</summary>
    public const int MaxBytes = 256 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The schedules in <paramref name="directories"/>; a later directory's file for a utility and region replaces an earlier one's.</summary>
    public static IReadOnlyList<FeeSchedule> Load(IEnumerable<string> directories)
    {
        var schedules = new Dictionary<(UtilityKind, string), (FeeSchedule Schedule, string File)>();
        var problems = new List<string>();
        foreach (var directory in directories.Where(Directory.Exists))
        {
            var here = new Dictionary<(UtilityKind, string), string>();
            foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
            {
                var schedule = Parse(file, problems);
                if (schedule is null)
                    continue;
                var key = (schedule.Utility, schedule.Region);
                if (here.TryGetValue(key, out var other))
                    problems.Add($"{file}: {EnumName(schedule.Utility)} 在地区 '{schedule.Region}' 的收费目录已由 {Path.GetFileName(other)} 发布 / " +
                        $"{Path.GetFileName(other)} already publishes this utility's schedule for region '{schedule.Region}'");
                here[key] = file;
                schedules[key] = (schedule, file);
            }
        }
        if (problems.Count > 0)
            throw new FeeScheduleException(problems);
        return schedules.Values.Select(s => s.Schedule).ToList();
    }

    private static FeeSchedule? Parse(string file, List<string> problems)
    {
        FeeSchedule? schedule;
        try
        {
            if (new FileInfo(file).Length > MaxBytes)
                throw new JsonException($"larger than {MaxBytes / 1024} KB");
            schedule = JsonSerializer.Deserialize<FeeSchedule>(File.ReadAllText(file), Json);
        }
        catch (JsonException exception)
        {
            problems.Add($"{file}: 不是有效的收费目录 / not a valid fee schedule: {exception.Message}");
            return null;
        }
        if (schedule is null)
        {
            problems.Add($"{file}: 文件为空 / the file is empty");
            return null;
        }
        problems.AddRange(Problems(schedule).Select(problem => $"{file}: {problem}"));
        return schedule;
    }

    /// <summary>Everything wrong with one schedule.</summary>
    public static IEnumerable<string> Problems(FeeSchedule schedule)
    {
        if (schedule.Region.Length is not (0 or 2 or 4 or 6) || !schedule.Region.All(char.IsAsciiDigit))
            yield return $"region '{schedule.Region}': 应为空（全国）或 2、4、6 位行政区划代码前缀 / empty (everywhere) or a 2-, 4- or 6-digit division prefix";
        if (string.IsNullOrWhiteSpace(schedule.Title))
            yield return "title: 请写明目录名称及发布机关 / name the schedule and who published it";
        foreach (var item in schedule.Items)
        {
            var where = $"items.{item.Code}";
            foreach (var problem in Named(item.Code, item.NameZh, item.NameEn, item.Basis))
                yield return $"{where}: {problem}";
            if (!Enum.IsDefined(item.Formula) || !Enum.IsDefined(item.Part))
                yield return $"{where}: 未知的计费公式或费用部分 / unknown formula or part";
            else if (Measures(item.Formula) is { } utility && utility != schedule.Utility)
                yield return $"{where}: 公式 {JsonNamingPolicy.CamelCase.ConvertName(item.Formula.ToString())} 只适用于{EnumName(utility)} / formula only for {EnumName(utility)}";
            if (item.RateFen is < 0 or > 100_000_000_00)
                yield return $"{where}: rateFen 应在 0 至 100 亿分（1 亿元）之间 / rateFen must be 0 to 10,000,000,000 fen";
        }
        foreach (var rule in schedule.ZeroInvestment)
        {
            var where = $"zeroInvestment.{rule.Code}";
            foreach (var problem in Named(rule.Code, rule.NameZh, rule.NameEn, rule.Basis))
                yield return $"{where}: {problem}";
            if (rule.Waives.Count == 0 || rule.Waives.Any(part => !Enum.IsDefined(part)))
                yield return $"{where}: waives 应列出免除的费用部分 / list the parts it waives";
            if (string.IsNullOrWhiteSpace(rule.BorneByZh) || string.IsNullOrWhiteSpace(rule.BorneByEn))
                yield return $"{where}: 请写明由谁承担 / name who bears the cost (borneByZh, borneByEn)";
            if (rule.When?.InListedPark is not null && schedule.ListedParks.Count == 0)
                yield return $"{where}: 以园区为条件但目录未列园区 / depends on a listed park, and the schedule lists none";
        }
        foreach (var (code, when) in schedule.Items.Select(i => (i.Code, i.When)).Concat(schedule.ZeroInvestment.Select(r => (r.Code, r.When))))
        {
            if (when is null)
                continue;
            if (when.AreElectricityOnly && schedule.Utility != UtilityKind.Electricity)
                yield return $"{code}: 电压、电源与容量条件只适用于电力 / voltage, power source and capacity conditions are electricity's only";
            if (when.Usages is not null && schedule.Utility is UtilityKind.Heat or UtilityKind.Network)
                yield return $"{code}: 此项申请不含用途 / this utility's request has no usage to compare";
            if (when is { UpToKw: { } upTo, AboveKw: { } above } && above >= upTo)
                yield return $"{code}: aboveKw 应小于 upToKw / aboveKw must be less than upToKw";
        }
        foreach (var problem in Overlapping(schedule.Items).Concat(Overlapping(schedule.ZeroInvestment)))
            yield return problem;
        if (schedule.ListedParks.Any(p => string.IsNullOrWhiteSpace(p.Code) || string.IsNullOrWhiteSpace(p.Name))
            || schedule.ListedParks.GroupBy(p => p.Code).Any(g => g.Count() > 1))
            yield return "parks: 每个园区应有唯一代码和名称 / each park needs a unique code and a name";
    }

    private static IEnumerable<string> Named(string code, string nameZh, string nameEn, string basis)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(nameZh) || string.IsNullOrWhiteSpace(nameEn))
            yield return "请写明代码和中英文名称 / needs code, nameZh and nameEn";
        // An approval is named by its authority and number: a word or two is not one.
        if (string.IsNullOrWhiteSpace(basis) || basis.Trim().Length < 6)
            yield return "缺少收费依据（价格主管部门批复或规定的名称、文号） / lacks its legal basis (the price authority's approval or rule, by name and number)";
    }

    /// <summary>The same item or rule twice for one day: which would be charged?</summary>
    private static IEnumerable<string> Overlapping(IEnumerable<IValidity> entries)
    {
        foreach (var group in entries.GroupBy(e => e.Code))
        {
            var list = group.ToList();
            foreach (var entry in list.Where(e => e.ValidUntil < e.ValidFrom))
                yield return $"{entry.Code}: validUntil 早于 validFrom / validUntil is before validFrom";
            for (var i = 0; i < list.Count; i++)
                for (var j = i + 1; j < list.Count; j++)
                    if (list[i].Overlaps(list[j]))
                        yield return $"{group.Key}: 有效期重叠（{Period(list[i])} 与 {Period(list[j])}） / validity overlaps ({Period(list[i])} and {Period(list[j])})";
        }
    }

    private static string Period(IValidity entry) => $"{entry.ValidFrom:yyyy-MM-dd}–{(entry.ValidUntil is { } until ? until.ToString("yyyy-MM-dd") : "")}";

    /// <summary>The utility whose request holds a formula's quantity; null when every utility has it.</summary>
    private static UtilityKind? Measures(FeeFormula formula) => formula switch
    {
        FeeFormula.PerKw => UtilityKind.Electricity,
        FeeFormula.PerMmDiameter => UtilityKind.Water,
        FeeFormula.PerM2 => UtilityKind.Heat,
        _ => null,
    };

    private static string EnumName(UtilityKind utility) => JsonNamingPolicy.CamelCase.ConvertName(utility.ToString());
}

/// <summary>What is wrong with the schedules, each problem on a line; thrown at start-up, it stops the service.</summary>
public sealed class FeeScheduleException(IReadOnlyList<string> problems)
    : Exception("收费目录有误 / The fee schedules are wrong:\n" + string.Join("\n", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
