using OneStop.Contracts;
using OneStop.Workflow;

namespace OneStop.UtilityKernel.Cases;

/// <summary>
/// 客户经理: the one operator who answers for the case, claimed from the queue (or by accepting it unclaimed), assigned
/// or reassigned by a supervisor. Any of the utility's operators may still act on the case; the manager is the
/// person the applicant is given.
/// </summary>
public sealed partial class UtilityApplication<TDetails>
{
    public string? ManagerUserName { get; private set; }
    public string? ManagerName { get; private set; }
    public DateTimeOffset? ManagerAssignedAt { get; private set; }

    /// <summary>An operator takes an unclaimed case; taking one's own again changes nothing.</summary>
    public IReadOnlyList<object> Claim(string userName, string name, string? hotline, DateTimeOffset at)
    {
        if (IsClosed)
            throw Closed();
        if (ManagerUserName is not null && ManagerUserName != userName)
            throw new IllegalTransitionException($"该申请已由{ManagerName}负责，如需改派请联系督办人",
                $"{ManagerName} already answers for this case; a supervisor can reassign it");
        return ManagerUserName == userName ? [] : Appoint(userName, name, hotline, at);
    }

    /// <summary>Accepting an unclaimed case claims it: every accepted case has a named person.</summary>
    public IReadOnlyList<object> ClaimIfUnclaimed(string userName, string name, string? hotline, DateTimeOffset at) =>
        ManagerUserName is null && !IsClosed ? Appoint(userName, name, hotline, at) : [];

    /// <summary>A supervisor assigns the case, or reassigns it, to one of the utility's operators.</summary>
    public IReadOnlyList<object> Assign(string userName, string name, string? hotline, DateTimeOffset at)
    {
        if (IsClosed)
            throw Closed();
        return ManagerUserName == userName ? [] : Appoint(userName, name, hotline, at);
    }

    private IReadOnlyList<object> Appoint(string userName, string name, string? hotline, DateTimeOffset at)
    {
        (ManagerUserName, ManagerName, ManagerAssignedAt) = (userName, name, at);
        Version++;
        return [new UtilityCaseAssigned(JointApplicationId, Utility, Id, name, hotline, at)];
    }
}
