namespace OneStop.Intake.Documents;

/// <summary>
/// Configuration under <c>Certificates</c>. With an Endpoint, certificates come from the government data-sharing service
/// (its application id and secret from a Secret); without one, from the embedded registry of sample records.
/// </summary>
public sealed class CertificateOptions
{
    public Uri? Endpoint { get; set; }
    public string AppId { get; set; } = "";
    public string AppSecret { get; set; } = "";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>The embedded registry's records; the sample file shipped with intake unless set.</summary>
    public string? RegistryFile { get; set; }
}
