using OneStop.Contracts;
using OneStop.Contracts.Utilities;

namespace OneStop.UtilityKernel.Cases;

/// <summary>A time the case's clock stood still because the applicant owed something; open while To is null.</summary>
public sealed class CasePause
{
    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string StageCode { get; private set; } = "";
    public PauseKind Kind { get; private set; }
    public DateTimeOffset From { get; private set; }
    public DateTimeOffset? To { get; private set; }
    /// <summary>What the utility asked for (a correction).</summary>
    public string? Needed { get; private set; }
    public string? RequestedBy { get; private set; }
    /// <summary>The applicant's answer, or its note on the completed works. Encrypted at rest: it is free text.</summary>
    public string? Answer { get; private set; }
    /// <summary>The documents the applicant attached to its answer; they stay in intake, which lets this utility read them.</summary>
    public List<AttachedDocument> Attachments { get; private set; } = [];

    public static CasePause Correction(Guid caseId, string stageCode, string needed, string by, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at), CaseId = caseId, StageCode = stageCode, Kind = PauseKind.Correction, From = at, Needed = needed, RequestedBy = by,
    };

    /// <summary>A wait on the applicant that ends when it does what Kind names (the customer's works, a document, a booking).</summary>
    public static CasePause Waiting(Guid caseId, string stageCode, PauseKind kind, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at), CaseId = caseId, StageCode = stageCode, Kind = kind, From = at,
    };

    public void Close(string? answer, DateTimeOffset at, IReadOnlyList<AttachedDocument>? attachments = null)
    {
        // An answer relayed late (a slow bus) cannot end a pause before it began.
        To = at < From ? From : at;
        Answer = answer;
        Attachments = [.. attachments ?? []];
    }

    public Calendar.Pause AsCalendarPause() => new(From, To);
}
