using System.Text.Json;
using System.Text.Json.Serialization;
using OneStop.Contracts;
using OneStop.Contracts.Contractors;
using OneStop.Validation;

namespace OneStop.Intake.Contractors;

/// <summary>
/// The published directory of qualified designers and builders for the applicant's own works, a data file the
/// utilities maintain (<c>contractors/contractors.json</c>, or <c>Contractors:File</c>). A wrong entry stops intake at
/// start-up, every problem named: an applicant must never be shown a company the file does not truly describe.
/// </summary>
public sealed class ContractorDirectory(IReadOnlyList<Contractor> contractors)
{
    public const int MaxBytes = 4 * 1024 * 1024;

    public const string Rule =
        "设计、施工单位由您自主选择，平台和公用事业单位不指定设计、施工和设备材料供应单位（不搞“三指定”）。 / " +
        "You choose your own designer and builder: neither the platform nor the utilities name a designer, a builder or a supplier.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public IReadOnlyList<Contractor> All { get; } = contractors.OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.CreditCode, StringComparer.Ordinal).ToList();

    public static ContractorDirectory Load(string? file = null)
    {
        file ??= Path.Combine(AppContext.BaseDirectory, "contractors", "contractors.json");
        List<Contractor> contractors;
        try
        {
            if (new FileInfo(file).Length > MaxBytes)
                throw new JsonException($"larger than {MaxBytes / 1024 / 1024} MB");
            contractors = JsonSerializer.Deserialize<List<Contractor>>(File.ReadAllText(file), Json) ?? throw new JsonException("empty");
        }
        catch (Exception exception) when (exception is JsonException or IOException)
        {
            throw new InvalidOperationException($"{file}: 不是有效的单位名录 / not a valid contractor directory: {exception.Message}", exception);
        }
        if (Problems(contractors).ToList() is { Count: > 0 } problems)
            throw new InvalidOperationException($"{file}: 单位名录有误 / the contractor directory is wrong:\n" + string.Join("\n", problems));
        return new ContractorDirectory(contractors);
    }

    public static IEnumerable<string> Problems(IReadOnlyList<Contractor> contractors)
    {
        foreach (var (contractor, index) in contractors.Select((c, i) => (c, i)))
        {
            var where = $"[{index}] {contractor.Name}";
            if (string.IsNullOrWhiteSpace(contractor.Name) || contractor.Name.Length > 100)
                yield return $"{where}: 名称应为 1–100 字 / name must be 1 to 100 characters";
            if (!UnifiedSocialCreditCode.IsValid(contractor.CreditCode))
                yield return $"{where}: 统一社会信用代码无效 / creditCode is not a valid unified social credit code";
            if (contractor.Utilities.Count == 0 || contractor.Works.Count == 0)
                yield return $"{where}: 请列出服务的公用事业和业务（设计、施工） / list its utilities and works (design, construction)";
            if (contractor.Regions.Count == 0 || contractor.Regions.Any(r => r.Length is not (2 or 4 or 6) || !r.All(char.IsAsciiDigit)))
                yield return $"{where}: 服务地区应为 2、4、6 位行政区划代码前缀 / regions are 2-, 4- or 6-digit division prefixes";
            if (new[] { contractor.Qualification, contractor.LicenceNumber, contractor.Phone, contractor.Address }.Any(string.IsNullOrWhiteSpace))
                yield return $"{where}: 请写明资质、许可证号、电话和地址 / needs qualification, licenceNumber, phone and address";
        }
        foreach (var repeated in contractors.GroupBy(c => c.CreditCode).Where(g => g.Count() > 1))
            yield return $"{repeated.Key}: 同一单位列出 {repeated.Count()} 次 / listed {repeated.Count()} times";
    }

    /// <summary>The companies that may do <paramref name="work"/> for <paramref name="utility"/> at <paramref name="regionCode"/> with a licence valid on <paramref name="today"/>.</summary>
    public IEnumerable<Contractor> Search(UtilityKind? utility, ContractorWork? work, string? regionCode, string? name, DateOnly today) =>
        All.Where(c => c.LicenceValidUntil >= today
            && (utility is null || c.Utilities.Contains(utility.Value))
            && (work is null || c.Works.Contains(work.Value))
            && (regionCode is null || c.Regions.Any(regionCode.StartsWith))
            && (string.IsNullOrEmpty(name) || c.Name.Contains(name, StringComparison.OrdinalIgnoreCase)));
}
