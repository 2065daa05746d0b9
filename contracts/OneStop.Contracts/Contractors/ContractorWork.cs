using System.Text.Json.Serialization;

namespace OneStop.Contracts.Contractors;

/// <summary>What a company does for the applicant's own works (受电、用水、用气工程): design them, or build them.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ContractorWork>))]
public enum ContractorWork
{
    Design,
    Construction,
}
