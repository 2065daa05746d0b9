using System.Globalization;
using System.Numerics;
using System.Text.Json;
using OneStop.Contracts;
using OneStop.Contracts.Intake;

namespace OneStop.Portal.Pages.Apply;

/// <summary>
/// The application being filled in, carried from step to step in the form itself (so nothing typed is lost, and any
/// portal replica can take the next step). Fields are keyed by their JSON path in the API's request (intake's
/// SubmitApplicationRequest), so that the API's field errors land next to the very input they name. The idempotency key makes a double submission one application.
/// </summary>
public sealed class ApplicationDraft
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();
    public List<string> Utilities { get; set; } = [];
    public Dictionary<string, string> Fields { get; set; } = [];
    public Dictionary<string, DocumentChoice> Documents { get; set; } = [];

    /// <summary>A document given (DocumentId, with what the applicant saw of it), or a commitment to give it later.</summary>
    public sealed class DocumentChoice
    {
        public Guid? DocumentId { get; set; }
        public string? Label { get; set; }
        public string? CommitmentSignedBy { get; set; }
    }

    public string Field(string path) => Fields.GetValueOrDefault(path) ?? "";

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ApplicationDraft FromJson(string? json)
    {
        try
        {
            var draft = string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize<ApplicationDraft>(json, Json);
            // Nulls where the form never puts them: a tampered draft, as unreadable as broken JSON.
            return draft is { IdempotencyKey: not null, Utilities: not null, Fields: not null, Documents: not null }
                && !draft.Utilities.Any(u => u is null) && !draft.Fields.Values.Any(v => v is null) && !draft.Documents.Values.Any(d => d is null)
                ? draft : new ApplicationDraft();
        }
        catch (JsonException)
        {
            return new ApplicationDraft();
        }
    }

    /// <summary>The submission as the API takes it; the API checks it and names each field it refuses.</summary>
    public SubmitApplicationRequest ToRequest() => new(
        new ApplicantInput(Text("applicant.type"), Text("applicant.name"), Text("applicant.idNumber"), Text("applicant.contactName"),
            Text("applicant.phone"), Text("applicant.email")),
        new SiteInput(Text("site.address"), Text("site.regionCode")),
        new UtilitiesInput(
            Utilities.Contains("electricity") ? new ElectricityInput(Number<decimal>("utilities.electricity.capacityKw"),
                Text("utilities.electricity.usage"), HighVoltage ? Text("utilities.electricity.powerSource") : null) : null,
            Utilities.Contains("water") ? new WaterInput(Number<int>("utilities.water.pipeDiameterMm"), Text("utilities.water.usage")) : null,
            Utilities.Contains("gas") ? new GasInput(Number<decimal>("utilities.gas.peakLoadM3PerHour"), Text("utilities.gas.usage")) : null,
            Utilities.Contains("heat") ? new HeatInput(Number<decimal>("utilities.heat.heatedAreaM2")) : null,
            Utilities.Contains("network") ? new NetworkInput(Number<int>("utilities.network.bandwidthMbps")) : null),
        [.. Documents.Select(d => new DocumentInput(d.Key, d.Value.DocumentId,
            d.Value.DocumentId is null ? new CommitmentInput(d.Value.CommitmentSignedBy) : null))]);

    /// <summary>A power source is chosen only above the low-voltage limit (the form hides it below).</summary>
    private bool HighVoltage => Number<decimal>("utilities.electricity.capacityKw") > ElectricityRequest.LowVoltageLimitKw;

    /// <summary>
    /// Number fields of the chosen utilities with something in them that is not a number of the request's type: the
    /// request has no room for it, so the form says so instead of sending nothing.
    /// </summary>
    public IEnumerable<string> NotNumbers() => NumberFields.Where(f => Chosen(f.Path) && Field(f.Path).Trim() is { Length: > 0 } text && !f.Parses(text))
        .Select(f => f.Path);

    private static readonly (string Path, Func<string, bool> Parses)[] NumberFields =
    [
        ("utilities.electricity.capacityKw", text => Parse<decimal>(text) is not null), ("utilities.water.pipeDiameterMm", text => Parse<int>(text) is not null),
        ("utilities.gas.peakLoadM3PerHour", text => Parse<decimal>(text) is not null), ("utilities.heat.heatedAreaM2", text => Parse<decimal>(text) is not null),
        ("utilities.network.bandwidthMbps", text => Parse<int>(text) is not null),
    ];

    private string? Text(string path) => Field(path).Trim() is { Length: > 0 } text ? text : null;

    private T? Number<T>(string path) where T : struct, INumber<T> => Parse<T>(Field(path));

    private static T? Parse<T>(string text) where T : struct, INumber<T> =>
        T.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>Per-utility fields count only for the utilities still chosen.</summary>
    private bool Chosen(string path) => !path.StartsWith("utilities.", StringComparison.Ordinal) || Utilities.Contains(path.Split('.')[1]);
}
