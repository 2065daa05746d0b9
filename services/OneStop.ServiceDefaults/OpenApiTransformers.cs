using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace OneStop.ServiceDefaults;

/// <summary>
/// Declares the bearer token every service accepts, issued by the OpenID Connect provider the services trust (the
/// built-in issuer, or Authentication:Authority).
/// </summary>
internal sealed class BearerSchemeTransformer(IOptionsMonitor<JwtBearerOptions> jwt) : IOpenApiDocumentTransformer
{
    public const string Scheme = JwtBearerDefaults.AuthenticationScheme;

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var options = jwt.Get(Scheme);
        var issuer = options.Authority ?? options.TokenValidationParameters.ValidIssuer;
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = $"{issuer} 签发的访问令牌（OpenID Connect 发现文档：{issuer}/.well-known/openid-configuration）"
                + $" / An access token issued by {issuer} (OpenID Connect discovery: {issuer}/.well-known/openid-configuration).",
        };
        // The server is the request's base address ("http://host/"); paths start with "/" already.
        foreach (var server in document.Servers ?? [])
            server.Url = server.Url?.TrimEnd('/');
        return Task.CompletedTask;
    }
}

/// <summary>
/// What every operation says without its endpoint saying it: whether it needs a token (security, 401), whether its
/// policy can refuse a signed-in user (403), and how a request can fail before the handler runs (400 unreadable
/// parameters or body, 413 body too large, 415 wrong content type), each as RFC 9457 problem details. The outcomes
/// only the handler knows (404, 409, 422, …) the endpoint declares itself with ProducesProblem.
/// </summary>
internal sealed class ProblemResponsesTransformer(IAuthorizationPolicyProvider policies) : IOpenApiOperationTransformer
{
    private const string ProblemSchema = nameof(ProblemDetails);

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var statuses = new List<int>();
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            // An empty requirement: no token needed.
            operation.Security = [new OpenApiSecurityRequirement()];
        }
        else
        {
            // No policy named means the fallback policy: any signed-in user.
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSchemeTransformer.Scheme, context.Document)] = [] }];
            statuses.Add(StatusCodes.Status401Unauthorized);
            var policy = await AuthorizationPolicy.CombineAsync(policies, metadata.OfType<IAuthorizeData>(), metadata.OfType<AuthorizationPolicy>());
            if (policy is not null && policy.Requirements.Any(r => r is not DenyAnonymousAuthorizationRequirement))
                statuses.Add(StatusCodes.Status403Forbidden);
        }
        if (operation.RequestBody is not null)
            statuses.AddRange([StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType]);
        else if (context.Description.ParameterDescriptions.Any(CanFailBinding))
            statuses.Add(StatusCodes.Status400BadRequest);
        if (statuses.Count == 0)
            return;

        if (context.Document!.Components?.Schemas?.ContainsKey(ProblemSchema) != true)
            context.Document.AddComponent(ProblemSchema, await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken));
        operation.Responses ??= [];
        foreach (var status in statuses)
        {
            // An endpoint's own declaration (e.g. 400 with the validation errors) stays.
            operation.Responses.TryAdd(status.ToString(), new OpenApiResponse
            {
                Description = ReasonPhrases.GetReasonPhrase(status),
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, context.Document) },
                },
            });
        }
    }

    // A missing required value, or text that is no number, date, GUID or enum member (ThrowOnBadRequest makes it a
    // problem response). A route constraint turns a bad path value into no match (404) instead.
    private static bool CanFailBinding(ApiParameterDescription parameter) =>
        (parameter.Source == BindingSource.Query || parameter.Source == BindingSource.Header || parameter.Source == BindingSource.Path)
        && ((parameter.IsRequired && parameter.Source != BindingSource.Path)
            || (parameter.Type != typeof(string) && parameter.RouteInfo?.Constraints?.Any() != true));
}
