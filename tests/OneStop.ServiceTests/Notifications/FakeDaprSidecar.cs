using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OneStop.ServiceTests.Notifications;

/// <summary>
/// A Dapr sidecar's binding API on a local port, as the notification service calls it: it records every request
/// exactly as received and answers 204, or 500 for the bindings told to fail.
/// </summary>
public sealed class FakeDaprSidecar : IAsyncDisposable
{
    private readonly WebApplication _app;

    public sealed record BindingRequest(string Binding, JsonObject Body, string? ApiToken);

    private FakeDaprSidecar(WebApplication app) => _app = app;

    public ConcurrentQueue<BindingRequest> Requests { get; } = new();

    /// <summary>Bindings that answer 500, as a provider that is down.</summary>
    public ConcurrentDictionary<string, bool> Failing { get; } = new();

    public string Address => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    public static async Task<FakeDaprSidecar> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var sidecar = new FakeDaprSidecar(builder.Build());
        sidecar._app.MapPost("/v1.0/bindings/{name}", async (string name, HttpRequest request) =>
        {
            var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            sidecar.Requests.Enqueue(new BindingRequest(name, body, request.Headers["dapr-api-token"].FirstOrDefault()));
            return sidecar.Failing.ContainsKey(name) ? Results.Problem(statusCode: 500, detail: $"{name} provider is down") : Results.NoContent();
        });
        await sidecar._app.StartAsync();
        return sidecar;
    }

    public IReadOnlyList<BindingRequest> To(string binding) => Requests.Where(r => r.Binding == binding).ToList();

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
