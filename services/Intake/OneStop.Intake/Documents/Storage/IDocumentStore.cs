
namespace OneStop.Intake.Documents.Storage;

/// <summary>
/// Where documents' sealed content lives: files in the data folder (all-in-one), or PostgreSQL large objects in intake's
/// own database (distributed), which every replica reads and which commit or roll back with the document's row.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Stores the content, inside the context's open transaction where the store can, and says where it is.</summary>
    Task<string> AddAsync(IntakeDbContext db, Guid documentId, byte[] sealedContent, CancellationToken cancellationToken);

    Task<byte[]> ReadAsync(IntakeDbContext db, string locator, CancellationToken cancellationToken);

    /// <summary>Removes what <see cref="AddAsync"/> stored when the row did not commit; a transactional store has nothing to do.</summary>
    void Discard(string locator);
}
