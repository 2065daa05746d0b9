using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OneStop.ServiceDefaults;

/// <summary>
/// OpenTelemetry as the hosting package wires it: traces always, metrics and logs when an OTLP endpoint is set
/// (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>), the exporter for every signal from the standard OTEL_* variables.
/// </summary>
public static class Telemetry
{
    /// <summary>Our own sources beside the instrumented ones: the bus, the proxy, the outbox.</summary>
    public static readonly string[] Sources = ["MassTransit", "Yarp.ReverseProxy", "OneStop.*"];

    public static readonly string[] Meters = ["MassTransit", "OneStop.*"];

    public static void AddTelemetry(this WebApplicationBuilder builder, string serviceName)
    {
        var exportOtlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        // Tracing is on even without an exporter: its listener is what makes ASP.NET Core and MassTransit create activities
        // at all, and without activities no trace context would travel between services.
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? serviceName))
            .WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new AlwaysOnSampler()))
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(Sources));
        if (!exportOtlp)
            return;
        builder.Logging.AddOpenTelemetry(logging => logging.IncludeScopes = true);
        telemetry
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Meters))
            .UseOtlpExporter();
    }
}
