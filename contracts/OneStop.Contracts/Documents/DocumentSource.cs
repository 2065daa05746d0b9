using System.Text.Json.Serialization;

namespace OneStop.Contracts.Documents;

/// <summary>Where a kind of document comes from: the government's electronic certificates (电子证照), or an upload.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DocumentSource>))]
public enum DocumentSource
{
    Certificate,
    Upload,
}
