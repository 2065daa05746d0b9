namespace OneStop.Security.Audit;

/// <summary>
/// One state-changing action: who did it, acting for whom, when, what, on what, from which client. Written in the
/// same transaction as the change itself; no API updates or deletes it. Holds no personal data in clear: the
/// applicant acted for is named by its blind index.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string ActorId { get; private set; } = "";
    public string ActorName { get; private set; } = "";
    public string ActorRoles { get; private set; } = "";
    /// <summary>The applicant the action was for (blind index of its identity number), when there is one.</summary>
    public string? OnBehalfOf { get; private set; }
    public string Action { get; private set; } = "";
    public string Resource { get; private set; } = "";
    public string? ClientId { get; private set; }
    public string? ClientAddress { get; private set; }
    public string? TraceId { get; private set; }

    public static AuditEntry Of(AuditActor actor, string action, string resource, string? onBehalfOf, DateTimeOffset at, string? traceId) => new()
    {
        Id = Guid.CreateVersion7(at),
        At = at,
        ActorId = actor.Id,
        ActorName = actor.Name,
        ActorRoles = actor.Roles,
        OnBehalfOf = onBehalfOf,
        Action = action,
        Resource = resource,
        ClientId = actor.ClientId,
        ClientAddress = actor.ClientAddress,
        TraceId = traceId,
    };
}
