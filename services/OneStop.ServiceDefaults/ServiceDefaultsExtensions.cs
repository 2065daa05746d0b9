using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.ServiceDefaults.Identity;
using Scalar.AspNetCore;

namespace OneStop.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    public const string ReadyTag = "ready";
    public const long DefaultMaxBodyBytes = 64 * 1024;

    /// <summary>What every OneStop process has: telemetry, problem details, health checks, a clock, token validation.</summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string serviceName)
    {
        builder.AddTelemetry(serviceName);
        // Two lines per HTTP request and one per SQL statement drown the log and cost real CPU under load; failures
        // are still logged. Override with Logging__LogLevel__Microsoft.AspNetCore=Information when debugging.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        // Every probe (the gateway's every 5 s, Kubernetes') would log a degraded check again; /health/ready says why.
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", LogLevel.Error);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemWording.Apply);
        builder.Services.AddSingleton<IProblemDetailsWriter, ProblemDetailsWriterOfLastResort>();
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddHealthChecks();
        builder.Services.AddSingleton(TimeProvider.System);
        // A number is a JSON number and an enum one of its names: the web defaults' leniency ("120" as a number, 2 as an
        // enum) lets a mistyped client through to fail somewhere later.
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            options.SerializerOptions.Converters.Add(new CamelCaseEnums());
        });
        // Malformed or oversized bodies become exceptions that ProblemDetailsExceptionHandler words, instead of bare 400s.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.AddForwardedClients();
        builder.AddServiceAuthentication();
        return builder;
    }

    /// <summary>
    /// The middleware every process runs, and its public endpoints. Health endpoints are mapped in every environment:
    /// orchestrators need them in production most.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Services.GetService<ErrorPages>()?.Use(app);
        app.Use(LimitBodySize);
        app.UseAuthentication();
        // After authentication, so that submissions are counted per signed-in user.
        if (app.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter is not null)
            app.UseRateLimiter();
        app.UseAuthorization();
        app.UseUnknownCharsetRefusal();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).AllowAnonymous();
        if (app.Services.GetService<OpenApiDocuments>() is { } documents)
        {
            // The framework answers an unknown name with a plain-text 404; left without a body, it becomes problem details.
            app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous()
                .Add(endpoint => endpoint.RequestDelegate = KnownDocumentsOnly(documents, endpoint.RequestDelegate!));
            // Every document this process serves (all of them in the all-in-one host), to read and to try.
            app.MapScalarApiReference("/scalar", scalar => scalar
                .WithTitle("OneStop API 接口文档")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .AddDocuments(documents.Names)).AllowAnonymous();
        }
        return app;
    }

    /// <summary>
    /// The body an API endpoint reads is at most 64 KiB unless the endpoint says otherwise ([RequestSizeLimit], or an
    /// upload raising the limit itself): Kestrel's own default of 30 MB would let any JSON endpoint be made to buffer
    /// 30 MB. Endpoints that declare no body they accept (the gateway's proxied routes) keep the server's limit.
    /// </summary>
    private static Task LimitBodySize(HttpContext context, RequestDelegate next)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<IAcceptsMetadata>() is not null && metadata.GetMetadata<IRequestSizeLimitMetadata>() is null
            && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            body.MaxRequestBodySize = DefaultMaxBodyBytes;
        return next(context);
    }

    /// <summary>Each service publishes its own OpenAPI document, named after it, holding only its own endpoints.</summary>
    public static IServiceCollection AddServiceOpenApi(this IServiceCollection services, string documentName)
    {
        var documents = services.Select(d => d.ImplementationInstance).OfType<OpenApiDocuments>().SingleOrDefault();
        if (documents is null)
            services.AddSingleton(documents = new OpenApiDocuments());
        documents.Names.Add(documentName);
        return services.AddOpenApi(documentName, options =>
        {
            options.ShouldInclude = endpoint => endpoint.GroupName == documentName;
            options.AddDocumentTransformer<BearerSchemeTransformer>();
            options.AddOperationTransformer<ProblemResponsesTransformer>();
        });
    }

    /// <summary>Whether this process serves OpenAPI documents of its own (the gateway serves the services' instead).</summary>
    public static bool PublishesOpenApi(this IServiceCollection services) => services.Any(d => d.ImplementationInstance is OpenApiDocuments);

    private static RequestDelegate KnownDocumentsOnly(OpenApiDocuments documents, RequestDelegate serve) => context =>
    {
        if (documents.Names.Contains(context.GetRouteValue("documentName") as string ?? "", StringComparer.OrdinalIgnoreCase))
            return serve(context);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    };

    /// <summary>The OpenAPI documents a process serves (the gateway has none of its own).</summary>
    private sealed class OpenApiDocuments
    {
        public List<string> Names { get; } = [];
    }

}
