using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OneStop.Security.PersonalData;
using OneStop.ServiceDefaults.Identity;
using OneStop.Validation;

namespace OneStop.Intake.Documents;

/// <summary>Whose documents a request is about, and who may read one. Not being allowed to read it is answered as 404.</summary>
public static class DocumentAccess
{
    /// <summary>
    /// The applicant's own identity number; or, at the counter, that of the walk-in applicant the clerk names. A problem
    /// when the clerk names none (400) or an applicant names someone else (403).
    /// </summary>
    public static string? HolderIdNumber(this CurrentUser user, string? given, TimeProvider clock, out ProblemHttpResult? problem)
    {
        var named = given?.Trim().ToUpperInvariant();
        problem = null;
        if (user.IsIn(Roles.Clerk))
        {
            if (ResidentIdNumber.IsValid(named, clock) || UnifiedSocialCreditCode.IsValid(named))
                return named;
            problem = DocumentProblems.Invalid("idNumber", "请填写申请人有效的身份证号码或统一社会信用代码",
                "give the applicant's resident identity number or unified social credit code");
            return null;
        }
        if (user.IdNumber is { } own && (named is null || named == own))
            return own;
        problem = DocumentProblems.Forbidden();
        return null;
    }

    /// <summary>
    /// Whether a reader of a document (see CanReadAsync) sees a certificate's personal data in full: its holder and the
    /// counter do; a utility's staff see it masked, as they see the applicant everywhere else.
    /// </summary>
    public static bool SeesPersonalData(this CurrentUser user) => user.IsIn(Roles.Clerk) || user.IsIn(Roles.Applicant);

    /// <summary>At most this many of the applicant's documents go with one answer or one remote acceptance.</summary>
    public const int MaxAttached = 10;

    /// <summary>The applicant's own documents named, in the order given, each usable today; null when any is not.</summary>
    public static async Task<List<Document>?> ApplicantsUsableAsync(this IntakeDbContext db, IReadOnlyList<Guid> ids, string applicantKey, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var found = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id) && d.ApplicantKey == applicantKey).ToListAsync(cancellationToken);
        return found.Count == ids.Count && found.All(d => d.IsUsableOn(Document.ChinaDate(now))) ? ids.Select(i => found.Single(d => d.Id == i)).ToList() : null;
    }

    /// <summary>
    /// Its applicant and the counter read a document; a utility's operators read it only while an application they
    /// work on needs it from their utility, when the applicant attached it to an answer to their utility, or gave it as a
    /// photo or video of the works for a remote acceptance their utility takes part in.
    /// </summary>
    public static async Task<bool> CanReadAsync(this CurrentUser user, Document document, IntakeDbContext db, PersonalDataProtector personalData,
        CancellationToken cancellationToken)
    {
        if (user.IsIn(Roles.Clerk) || (user.IsIn(Roles.Applicant) && user.IdNumber is { } own && personalData.BlindIndex(own) == document.ApplicantKey))
            return true;
        if (user.Utility is not { } utility || !user.IsOperatorOf(utility))
            return false;
        var uses = await db.ApplicationDocuments.AsNoTracking().Where(d => d.DocumentId == document.Id).ToListAsync(cancellationToken);
        if (uses.Any(use => use.NeededBy.Any(need => need.Utility == utility))
            || await db.AnswerAttachments.AnyAsync(a => a.DocumentId == document.Id && a.Utility == utility, cancellationToken))
            return true;
        if (!DocumentKind.RemoteAcceptanceEvidence.Any(kind => kind.Code == document.Type))
            return false;
        var evidenceOf = await db.JointVisits.AsNoTracking().Where(v => v.Evidence.Contains(document.Id)).ToListAsync(cancellationToken);
        return evidenceOf.Any(visit => visit.Involves(utility));
    }
}
