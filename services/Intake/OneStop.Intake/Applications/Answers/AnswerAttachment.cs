using OneStop.Contracts;

namespace OneStop.Intake.Applications.Answers;

/// <summary>
/// A document the applicant attached to its answer to a utility's correction request: the one thing that lets that
/// utility's operators read a document its case never required.
/// </summary>
public sealed class AnswerAttachment
{
    public Guid CorrectionId { get; private set; }
    public Guid DocumentId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public UtilityKind Utility { get; private set; }
    public DateTimeOffset AttachedAt { get; private set; }

    public static IEnumerable<AnswerAttachment> Of(CorrectionAnswered answer) => (answer.Attachments ?? []).Select(document => new AnswerAttachment
    {
        CorrectionId = answer.CorrectionId, DocumentId = document.DocumentId, ApplicationId = answer.ApplicationId, Utility = answer.Utility,
        AttachedAt = answer.AnsweredAt,
    });
}
