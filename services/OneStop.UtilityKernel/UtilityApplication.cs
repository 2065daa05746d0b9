using OneStop.Contracts;

namespace OneStop.UtilityKernel;

/// <summary>A utility's own record of its part of a joint application; TDetails is what this utility was asked for.</summary>
public sealed class UtilityApplication<TDetails> where TDetails : class
{
    public Guid Id { get; private set; }
    public Guid JointApplicationId { get; private set; }
    public string ApplicationNumber { get; private set; } = "";
    public UtilityKind Utility { get; private set; }
    public UtilityApplicationStatus Status { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public Applicant Applicant { get; private set; } = null!;
    /// <summary>Blind index of the applicant's identity number: whose case this is, without holding the number.</summary>
    public string ApplicantKey { get; private set; } = "";
    public Site Site { get; private set; } = null!;
    public TDetails Details { get; private set; } = null!;

    public static UtilityApplication<TDetails> Receive(JointApplicationSubmitted joint, UtilityKind utility, TDetails details, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        JointApplicationId = joint.ApplicationId,
        ApplicationNumber = joint.ApplicationNumber,
        Utility = utility,
        Status = UtilityApplicationStatus.Received,
        ReceivedAt = at,
        Applicant = joint.Applicant,
        ApplicantKey = joint.ApplicantKey,
        Site = joint.Site,
        Details = details,
    };

    public UtilityApplicationReceived ToReceivedEvent() => new(JointApplicationId, Utility, Id, ReceivedAt);
}
