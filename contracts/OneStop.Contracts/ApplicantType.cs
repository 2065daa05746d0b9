using System.Text.Json.Serialization;

namespace OneStop.Contracts;

/// <summary>个人 (identified by a resident identity number) or 企业 (by a unified social credit code).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ApplicantType>))]
public enum ApplicantType
{
    Individual,
    Enterprise,
}
