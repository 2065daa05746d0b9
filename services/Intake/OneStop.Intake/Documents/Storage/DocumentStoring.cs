using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using OneStop.Security.Audit;
using OneStop.Security.PersonalData;

namespace OneStop.Intake.Documents.Storage;

public static class DocumentStoring
{
    /// <summary>
    /// Stores a new document: seals the content (documents are personal data), stores it, and commits the row with its
    /// audit entry in one transaction, so a failure leaves nothing half-written. The same content of the same kind for
    /// the same applicant — a retry, or two at once — is the document already held, its validity renewed if it lapsed.
    /// </summary>
    public static async Task<(Document Document, bool Created)> AddOnceAsync(this IntakeDbContext db, IDocumentStore store, PersonalDataProtector personalData,
        Document document, byte[] content, HttpContext http, string action, CancellationToken cancellationToken)
    {
        if (await db.SameDocumentAsync(document, cancellationToken) is { } same)
            return (await RenewAsync(db, same, document.ValidUntil, cancellationToken), false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var locator = await store.AddAsync(db, document.Id, personalData.Seal(content), cancellationToken);
        try
        {
            document.StoredAt(locator);
            db.Documents.Add(document);
            db.Audit(http, action, $"document/{document.Id}", document.ApplicantKey, document.CreatedAt);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (document, true);
        }
        catch (DbUpdateException)
        {
            store.Discard(locator);
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (await db.SameDocumentAsync(document, cancellationToken) is { } raced)
                return (raced, false);
            throw;
        }
        catch
        {
            store.Discard(locator);
            throw;
        }
    }

    public static async Task<byte[]> ReadContentAsync(this IntakeDbContext db, IDocumentStore store, PersonalDataProtector personalData, Document document,
        CancellationToken cancellationToken) =>
        personalData.Unseal(await store.ReadAsync(db, document.ContentLocator, cancellationToken));

    private static Task<Document?> SameDocumentAsync(this IntakeDbContext db, Document candidate, CancellationToken cancellationToken) =>
        db.Documents.FirstOrDefaultAsync(d => d.ApplicantKey == candidate.ApplicantKey && d.Type == candidate.Type && d.Sha256 == candidate.Sha256,
            cancellationToken);

    private static async Task<Document> RenewAsync(IntakeDbContext db, Document held, DateOnly? validUntil, CancellationToken cancellationToken)
    {
        if (held.Renew(validUntil))
            await db.SaveChangesAsync(cancellationToken);
        return held;
    }
}
