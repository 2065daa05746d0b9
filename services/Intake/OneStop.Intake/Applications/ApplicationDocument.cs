using OneStop.Calendar;
using OneStop.Intake.Documents.Requirements;
using OneStop.Contracts;
using OneStop.Intake.Documents;

namespace OneStop.Intake.Applications;

/// <summary>
/// One document of a joint application's single set: the document given, or the applicant's signed commitment (容缺受理)
/// to give it within so many working days of filing, with the wording it signed and the date that makes. The working
/// days bind; the date moves if the calendar it was counted on changes (a provisional year's schedule published). NeededBy
/// says which utilities need it, each before which stage.
/// </summary>
public sealed class ApplicationDocument
{
    public Guid ApplicationId { get; private set; }
    public string Type { get; private set; } = "";
    public Guid? DocumentId { get; private set; }
    public string? Sha256 { get; private set; }
    public List<DocumentNeed> NeededBy { get; private set; } = [];
    public string? CommitmentSignedBy { get; private set; }
    public string? CommitmentStatement { get; private set; }
    public int? CommitmentWorkingDays { get; private set; }
    public DateTimeOffset? CommitmentDueAt { get; private set; }
    public DateTimeOffset? ProvidedAt { get; private set; }
    public DateTimeOffset? OverdueRaisedAt { get; private set; }

    public DocumentKind Kind => DocumentKind.Find(Type)!;

    public bool IsPending => DocumentId is null;

    public static ApplicationDocument For(Guid applicationId, DocumentChoice choice, DateTimeOffset at) => new()
    {
        ApplicationId = applicationId,
        Type = choice.Required.Kind.Code,
        NeededBy = [.. choice.Required.NeededBy],
        DocumentId = choice.Given?.Id,
        Sha256 = choice.Given?.Sha256,
        ProvidedAt = choice.Given is null ? null : at,
        CommitmentSignedBy = choice.Promise?.SignedBy,
        CommitmentStatement = choice.Promise?.Statement,
        CommitmentWorkingDays = choice.Promise?.WorkingDays,
        CommitmentDueAt = choice.Promise?.DueAt,
    };

    public void Provide(Document document, DateTimeOffset at) => (DocumentId, Sha256, ProvidedAt) = (document.Id, document.Sha256, at);

    /// <summary>
    /// The due date counted again on the calendar as it stands; null when it did not move. An overdue alarm already raised
    /// is taken back when the new date is still ahead, to be raised again if that passes too.
    /// </summary>
    public DateTimeOffset? Recount(WorkingDayCalendar calendar, DateTimeOffset signedAt, DateTimeOffset now)
    {
        if (!IsPending || CommitmentWorkingDays is not { } days)
            return null;
        var due = calendar.AddWorkingDays(signedAt, days);
        if (!Moves(CommitmentDueAt, due))
            return null;
        CommitmentDueAt = due;
        if (due >= now)
            OverdueRaisedAt = null;
        return due;
    }

    /// <summary>
    /// Whether counting again moved a due date. Dates are read to the minute, and a commitment signed by an earlier
    /// release was counted from a moment a few milliseconds before its filing: that is no move.
    /// </summary>
    public static bool Moves(DateTimeOffset? from, DateTimeOffset to) => from is not { } before || (to - before).Duration() >= TimeSpan.FromMinutes(1);

    public bool OverdueAlarmDue(DateTimeOffset now) => IsPending && OverdueRaisedAt is null && CommitmentDueAt < now;

    public void MarkOverdueRaised(DateTimeOffset at) => OverdueRaisedAt = at;

    public List<UtilityKind> NeedingUtilities() => NeededBy.Select(need => need.Utility).Distinct().ToList();

    public SubmittedDocument ToReference() => new(Type, Kind.NameZh, Kind.NameEn, DocumentId, Sha256, CommitmentDueAt, NeededBy);
}

/// <summary>How the applicant meets one requirement: a document it holds, or a commitment to give it later.</summary>
public sealed record DocumentChoice(RequiredDocument Required, Document? Given, Commitment? Promise);

/// <summary>容缺受理: who signed, exactly what, and within how many working days (by when) the document must follow.</summary>
public sealed record Commitment(string SignedBy, string Statement, int WorkingDays, DateTimeOffset DueAt);
