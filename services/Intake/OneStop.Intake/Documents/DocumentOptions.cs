using OneStop.Intake.Documents.Requirements;

namespace OneStop.Intake.Documents;

/// <summary>Configuration under <c>Documents</c>: the requirements (the defaults unless any are set), uploads, commitments.</summary>
public sealed class DocumentOptions
{
    public List<DocumentRequirement> Requirements { get; set; } = [];

    /// <summary>Scans and PDFs of a few pages fit well within 10 MiB; anything larger is refused with 413.</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// A video of the finished works (云验收): half a minute of a phone's 720p, within the 30 MB a request may carry
    /// through the gateway.
    /// </summary>
    public long MaxVideoBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>How often intake looks for commitments (容缺) past their due date.</summary>
    public TimeSpan CommitmentWatcherInterval { get; set; } = TimeSpan.FromMinutes(1);
}
