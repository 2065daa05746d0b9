using Microsoft.EntityFrameworkCore;
using OneStop.Contracts.Documents;
using OneStop.Intake.Documents.Requirements;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Intake.Documents;
using OneStop.Contracts.Intake;
using OneStop.Messaging;

namespace OneStop.Intake.Applications.Submit;

/// <summary>
/// Checks the documents given with an application against the one set its case needs: every required document once,
/// each either held by this applicant (consented to, unexpired, of the right kind) or promised on a commitment where
/// the requirement allows it; nothing that is not needed (四免, and personal data only as far as necessary).
/// </summary>
public static class DocumentSet
{
    // Compiled: every submission reads the documents it names.
    private static readonly CompiledQuery<Func<IntakeDbContext, Guid[], string, IAsyncEnumerable<Document>>> HeldBy = new(() =>
        EF.CompileAsyncQuery((IntakeDbContext db, Guid[] ids, string applicantKey) =>
            db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id) && d.ApplicantKey == applicantKey)));

    public static async Task<(Dictionary<string, string[]> Errors, List<DocumentChoice> Choices)> CheckAsync(
        IReadOnlyList<RequiredDocument> required, IReadOnlyList<DocumentInput>? given, string applicantKey, IntakeDbContext db,
        WorkingDayCalendar calendar, DateTimeOffset now, CancellationToken cancellationToken)
    {
        given ??= [];
        var errors = new ValidationErrors();
        var ids = given.Where(g => g.DocumentId is not null).Select(g => g.DocumentId!.Value).ToArray();
        var held = await HeldBy.For(db)(db, ids, applicantKey).ToDictionaryAsync(d => d.Id, cancellationToken: cancellationToken);
        var choices = new List<DocumentChoice>();
        foreach (var (input, index) in given.Select((g, i) => (g, i)))
        {
            var path = $"documents[{index}]";
            var requirement = required.SingleOrDefault(r => r.Kind.Code == input.Type);
            if (requirement is null)
                errors.Add($"{path}.type", "本次申请不需要该材料", "this application does not need that document");
            else if (choices.Any(c => c.Required == requirement))
                errors.Add($"{path}.type", "同一材料只需提供一次", "each document is given once");
            else if ((input.DocumentId is null) == (input.Commitment is null))
                errors.Add(path, "请提供材料（documentId）或签署容缺承诺（commitment），二者选一", "give either documentId or commitment");
            else if (input.DocumentId is { } id)
            {
                if (HeldProblem(held.GetValueOrDefault(id), requirement.Kind, now) is { } problem)
                    errors.Add($"{path}.documentId", problem.Chinese, problem.English);
                else
                    choices.Add(new DocumentChoice(requirement, held[id], null));
            }
            else if (requirement.CommitmentWorkingDays is not { } days)
                errors.Add($"{path}.commitment", $"{requirement.Kind.NameZh}不适用容缺受理，须在申请时提供", $"the {requirement.Kind.NameEn} cannot follow on a commitment");
            else if (input.Commitment!.SignedBy?.Trim() is not { Length: >= 2 and <= 50 } signedBy)
                errors.Add($"{path}.commitment.signedBy", "请由申请人或其代理人签名（2–50 个字符）", "the applicant or its agent signs (2–50 characters)");
            else
            {
                var dueAt = calendar.AddWorkingDays(now, days);
                var statement = Statement(requirement.Kind, days, dueAt, calendar.BasisOf(now, dueAt));
                choices.Add(new DocumentChoice(requirement, null, new Commitment(signedBy, statement, days, dueAt)));
            }
        }
        foreach (var missing in required.Where(r => given.All(g => g.Type != r.Kind.Code)))
            errors.Add($"documents.{missing.Kind.Code}", $"请提供{missing.Kind.NameZh}", $"the {missing.Kind.NameEn} is required");
        return (errors.ToDictionary(), choices);
    }

    /// <summary>
    /// The wording the applicant signs; kept with the application exactly as signed. The working days bind; the date is
    /// what they make on the calendar, said to be provisional where a year it crosses has no published schedule yet.
    /// </summary>
    private static string Statement(DocumentKind kind, int workingDays, DateTimeOffset dueAt, CalendarBasis basis)
    {
        var date = WorkingDayCalendar.ChinaDate(dueAt);
        var (dueZh, dueEn) = basis.IsProvisional
            ? ($"（即 {date:yyyy-MM-dd} 前；{CalendarWording.ProvisionalZh}）", $" (by {date:yyyy-MM-dd}, {CalendarWording.ProvisionalEn})")
            : ($"（即 {date:yyyy-MM-dd} 前）", $" (by {date:yyyy-MM-dd})");
        return $"本人承诺自申请之日起 {workingDays} 个工作日内{dueZh}补交{kind.NameZh}；补交前，需要该材料的办理环节暂不办结。 / " +
            $"I undertake to provide the {kind.NameEn} within {workingDays} working days of filing{dueEn}; until I do, the stages that need it cannot be completed.";
    }

    private static (string Chinese, string English)? HeldProblem(Document? document, DocumentKind kind, DateTimeOffset now) => document switch
    {
        null => ("不是该申请人的材料", "is not a document of this applicant"),
        { Type: var type } when type != kind.Code => ($"不是{kind.NameZh}", $"is not a {kind.NameEn}"),
        { Status: DocumentStatus.AwaitingConsent } => ("申请人尚未确认使用该电子证照", "the applicant has not consented to this certificate yet"),
        _ when !document.IsUsableOn(Document.ChinaDate(now)) => ("该材料已过期，请重新提供", "has expired; give a current one"),
        _ => null,
    };
}
