using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OneStop.ServiceDefaults;

/// <summary>
/// OpenTelemetry without the hosting package (absent from the registry here, ARCHITECTURE.md §4): the providers are
/// built by hand and owned by the container, which disposes (and so flushes) them at shutdown.
/// </summary>
public static class Telemetry
{
    /// <summary>Sources whose activities make up one trace: HTTP in and out, the bus, the database, the proxy, our outbox.</summary>
    public static readonly string[] Sources = ["Microsoft.AspNetCore", "System.Net.Http", "MassTransit", "Npgsql", "Yarp.ReverseProxy", "OneStop.*"];

    public static readonly string[] Meters =
        ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "MassTransit", "OneStop.*"];

    public static void AddTelemetry(this WebApplicationBuilder builder, string serviceName)
    {
        var resource = ResourceBuilder.CreateDefault().AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? serviceName);
        var exportOtlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

        // The tracer provider is built even without an exporter: its listener is what makes ASP.NET Core and MassTransit
        // create activities at all, and without activities no trace context would travel between services.
        var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .SetSampler(new ParentBasedSampler(new AlwaysOnSampler()))
            .AddSource(Sources);
        if (exportOtlp)
            tracing.AddOtlpExporter();
        builder.Services.AddSingleton(tracing.Build());

        if (!exportOtlp)
            return;
        builder.Services.AddSingleton(Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter(Meters)
            .AddOtlpExporter()
            .Build());
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.SetResourceBuilder(resource);
            logging.IncludeScopes = true;
            logging.AddOtlpExporter();
        });
    }
}
