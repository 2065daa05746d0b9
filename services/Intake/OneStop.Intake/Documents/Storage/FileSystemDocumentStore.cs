
namespace OneStop.Intake.Documents.Storage;

/// <summary>One file per document, named by the document's id: an uploaded file's own name never reaches the file system.</summary>
public sealed class FileSystemDocumentStore(string directory) : IDocumentStore
{
    public async Task<string> AddAsync(IntakeDbContext db, Guid documentId, byte[] sealedContent, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var locator = documentId.ToString("N");
        // Written aside and moved into place, so that a crash never leaves half a document under its name.
        var partial = PathOf(locator) + ".partial";
        await File.WriteAllBytesAsync(partial, sealedContent, cancellationToken);
        File.Move(partial, PathOf(locator), overwrite: true);
        return locator;
    }

    public Task<byte[]> ReadAsync(IntakeDbContext db, string locator, CancellationToken cancellationToken) =>
        File.ReadAllBytesAsync(PathOf(locator), cancellationToken);

    public void Discard(string locator) => File.Delete(PathOf(locator));

    private string PathOf(string locator) =>
        Guid.TryParseExact(locator, "N", out _) ? Path.Combine(directory, locator) : throw new ArgumentException($"Not a document locator: {locator}");
}
