
namespace OneStop.Intake.Documents.Certificates;

/// <summary>
/// Configuration under <c>Certificates</c>. With an Endpoint, certificates come from the government data-sharing service
/// (its application id, and the secret from a Secret); without one, from the embedded registry of sample records.
/// </summary>
public sealed class CertificateOptions
{
    public string? Endpoint { get; set; }
    public string AppId { get; set; } = "";
    public string AppSecret { get; set; } = "";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>The embedded registry's records; the sample file shipped with intake unless set.</summary>
    public string? RegistryFile { get; set; }

    public bool UsesDataSharingService => !string.IsNullOrWhiteSpace(Endpoint);

    /// <summary>The service's base address, always ending in a slash so that relative paths append to it.</summary>
    public Uri BaseAddress => new(Endpoint!.EndsWith('/') ? Endpoint : Endpoint + "/");

    public IEnumerable<string> Problems()
    {
        if (!UsesDataSharingService)
            yield break;
        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
            yield return "Certificates:Endpoint: an absolute http(s) address";
        if (string.IsNullOrWhiteSpace(AppId) || string.IsNullOrWhiteSpace(AppSecret))
            yield return "Certificates:AppId and Certificates:AppSecret: both required with an Endpoint";
        if (Timeout <= TimeSpan.Zero)
            yield return "Certificates:Timeout: a positive time span";
    }
}
