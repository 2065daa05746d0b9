using Microsoft.EntityFrameworkCore;

namespace OneStop.Intake.Documents.Storage;

/// <summary>
/// PostgreSQL large objects in intake's database: written in the same transaction as the document's row, so a failed
/// upload leaves nothing behind, and readable by every intake replica without a shared disk or another service to run.
/// </summary>
public sealed class LargeObjectDocumentStore : IDocumentStore
{
    public async Task<string> AddAsync(IntakeDbContext db, Guid documentId, byte[] sealedContent, CancellationToken cancellationToken)
    {
        var oid = (await db.Database.SqlQuery<long>($"SELECT lo_from_bytea(0, {sealedContent})::bigint AS \"Value\"").ToListAsync(cancellationToken)).Single();
        return oid.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<byte[]> ReadAsync(IntakeDbContext db, string locator, CancellationToken cancellationToken) =>
        (await db.Database.SqlQuery<byte[]>($"SELECT lo_get({long.Parse(locator, System.Globalization.CultureInfo.InvariantCulture)}::oid) AS \"Value\"")
            .ToListAsync(cancellationToken)).Single();

    public void Discard(string locator)
    {
        // Rolled back with the transaction.
    }
}
