using System.Text.Json.Serialization;

namespace OneStop.Contracts.Guide;

/// <summary>How the applicant gives a document: fetched from electronic certificates, uploaded, or reused from its wallet.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Provision>))]
public enum Provision
{
    Fetch,
    Upload,
    Reuse,
}
