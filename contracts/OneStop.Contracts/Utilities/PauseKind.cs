using System.Text.Json.Serialization;

namespace OneStop.Contracts.Utilities;

/// <summary>Why a case's clock stood still: the applicant owed something.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<PauseKind>))]
public enum PauseKind
{
    /// <summary>补正: the applicant owes a correction.</summary>
    Correction,
    /// <summary>The customer's own construction works, before a stage that awaits them.</summary>
    CustomerWorks,
    /// <summary>容缺: a document the applicant committed to give, which the running stage needs before it can complete.</summary>
    CommittedDocument,
}
