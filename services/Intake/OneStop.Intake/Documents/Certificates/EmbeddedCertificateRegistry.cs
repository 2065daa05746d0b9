using System.Text.Json;
using OneStop.Contracts.Documents;

namespace OneStop.Intake.Documents.Certificates;

/// <summary>
/// Stands in for the government service in the all-in-one host and the tests: records loaded from a data file (the
/// sample file shipped with intake, <c>certificates/sample-certificates.json</c>, holds the demo applicants').
/// </summary>
public sealed class EmbeddedCertificateRegistry(IReadOnlyList<CertificateRecord> records) : IElectronicCertificates
{
    public static string SampleFile => Path.Combine(AppContext.BaseDirectory, "certificates", "sample-certificates.json");

    public static EmbeddedCertificateRegistry Load(string file)
    {
        var records = JsonSerializer.Deserialize<List<CertificateRecord>>(File.ReadAllText(file), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"{file} holds no certificate records.");
        var unknown = records.Where(r => DocumentKind.Find(r.Type) is not { Source: DocumentSource.Certificate }).Select(r => r.Type).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException($"{file}: not certificate kinds: {string.Join(", ", unknown)}");
        return new EmbeddedCertificateRegistry(records);
    }

    public Task<CertificateRecord?> FindAsync(string type, string holderId, CancellationToken cancellationToken) =>
        Task.FromResult(records.FirstOrDefault(r => r.Type == type && r.HolderId == holderId));
}
