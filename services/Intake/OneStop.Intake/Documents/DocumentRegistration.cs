using Microsoft.AspNetCore.Builder;
using OneStop.Intake.Applications.Commitments;
using OneStop.Intake.Documents.Storage;
using OneStop.Intake.Documents.Certificates;
using OneStop.Intake.Documents.Requirements;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OneStop.Intake.Applications;
using OneStop.ServiceDefaults;

namespace OneStop.Intake.Documents;

public static class DocumentRegistration
{
    /// <summary>
    /// The document requirements (checked at start-up), the electronic certificate service (the government's when
    /// <c>Certificates:Endpoint</c> is set, else the embedded registry), the document store (PostgreSQL large objects
    /// beside intake's PostgreSQL database, else files in the data folder) and the commitment watcher.
    /// </summary>
    public static WebApplicationBuilder AddDocuments(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DocumentOptions>().BindConfiguration("Documents").ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DocumentOptions>, DocumentOptionsValidator>();
        builder.Services.AddSingleton<DocumentRequirements>();
        builder.Services.AddHostedService<CommitmentWatcher>();

        builder.Services.AddOptions<CertificateOptions>().BindConfiguration("Certificates");
        var certificates = builder.Configuration.GetSection("Certificates").Get<CertificateOptions>() ?? new CertificateOptions();
        if (certificates.Problems().ToList() is { Count: > 0 } problems)
            throw new InvalidOperationException($"Invalid certificate service settings: {string.Join("; ", problems)}");
        if (!certificates.UsesDataSharingService)
            builder.Services.AddSingleton<IElectronicCertificates>(EmbeddedCertificateRegistry.Load(certificates.RegistryFile ?? EmbeddedCertificateRegistry.SampleFile));
        else
            // The query is a POST that changes nothing: retried like a GET.
            builder.Services.AddHttpClient<IElectronicCertificates, DataSharingCertificateClient>()
                .AddCallResilience(certificates.Timeout, retryPosts: true);

        builder.Services.AddSingleton<IDocumentStore>(string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Intake"))
            ? new FileSystemDocumentStore(Path.Combine(DataDirectory.Of(builder.Configuration, builder.Environment), "documents"))
            : new LargeObjectDocumentStore());
        return builder;
    }
}
