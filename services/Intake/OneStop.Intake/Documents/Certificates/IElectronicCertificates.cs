using OneStop.Contracts.Documents;


namespace OneStop.Intake.Documents.Certificates;

/// <summary>The government data-sharing service's electronic certificates, looked up by kind and holder.</summary>
public interface IElectronicCertificates
{
    /// <summary>The holder's certificate of that kind, or null when the service has none.</summary>
    /// <exception cref="CertificateServiceUnavailableException">The service could not be asked.</exception>
    Task<CertificateRecord?> FindAsync(string type, string holderId, CancellationToken cancellationToken);
}

public sealed class CertificateServiceUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
