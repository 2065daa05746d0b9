using System.Text.Json;
using System.Text.Json.Serialization;

namespace OneStop.Contracts.Intake;

// Intake's submission as the API takes it, shared with its clients (the portal).
// Everything is nullable and enums are strings so that a missing or misspelt value reaches the validator, which
// names the field in Chinese and English, instead of failing inside the JSON reader.

public sealed record SubmitApplicationRequest(ApplicantInput? Applicant, SiteInput? Site, UtilitiesInput? Utilities, List<DocumentInput>? Documents = null);

public sealed record ApplicantInput(string? Type, string? Name, string? IdNumber, string? ContactName, string? Phone, string? Email = null);

public sealed record SiteInput(string? Address, string? RegionCode);

public sealed record UtilitiesInput(
    ElectricityInput? Electricity,
    WaterInput? Water,
    GasInput? Gas,
    HeatInput? Heat,
    NetworkInput? Network)
{
    /// <summary>Utility names this platform does not know, kept so that they are rejected rather than ignored.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; init; }
}

public sealed record ElectricityInput(decimal? CapacityKw, string? Usage, string? PowerSource);

public sealed record WaterInput(int? PipeDiameterMm, string? Usage);

public sealed record GasInput(decimal? PeakLoadM3PerHour, string? Usage);

public sealed record HeatInput(decimal? HeatedAreaM2);

public sealed record NetworkInput(int? BandwidthMbps);

/// <summary>A document of the set: one the applicant holds (DocumentId), or a signed commitment to give it later.</summary>
public sealed record DocumentInput(string? Type, Guid? DocumentId, CommitmentInput? Commitment);

public sealed record CommitmentInput(string? SignedBy);
