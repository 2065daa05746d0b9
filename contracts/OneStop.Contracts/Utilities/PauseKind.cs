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
    /// <summary>预约: the applicant has not booked the joint visit the running stage needs.</summary>
    VisitBooking,
    /// <summary>联合审批: the departments are deciding the external works the stage needs (their time, not the utility's).</summary>
    WorksApproval,
}
