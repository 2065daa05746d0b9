using System.Text.Json.Serialization;

namespace OneStop.Contracts.Approvals;

[JsonConverter(typeof(CamelCaseEnumConverter<ExternalWorksApprovalStatus>))]
public enum ExternalWorksApprovalStatus
{
    /// <summary>With the departments, each deciding in parallel.</summary>
    UnderReview,
    /// <summary>Every department the route needs approved it.</summary>
    Approved,
    /// <summary>No permit is needed: the works go ahead on a filed commitment (告知承诺 / 承诺备案).</summary>
    CommitmentFiled,
    /// <summary>A department refused the route; the utilities revise it and file again.</summary>
    Rejected,
}
