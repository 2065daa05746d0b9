using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OneStop.ServiceTests.Notifications;

/// <summary>
/// A Dapr sidecar's gRPC API on a local port (HTTP/2 without TLS, as daprd serves it), answering the one call the
/// notification service makes, <c>InvokeBinding</c>. It records every request exactly as received and answers OK, or
/// gRPC status Internal for the bindings told to fail; any other call is Unimplemented, as an older sidecar answers.
/// </summary>
public sealed class FakeDaprSidecar : IAsyncDisposable
{
    private const string InvokeBinding = "/dapr.proto.runtime.v1.Dapr/InvokeBinding";
    private readonly WebApplication _app;

    /// <summary>
    /// One binding request as JSON — <c>{"operation":…,"data":…,"metadata":{…}}</c>, the data as the binding component
    /// reads it (JSON when it is JSON, text otherwise) — and the <c>dapr-api-token</c> it came with.
    /// </summary>
    public sealed record BindingRequest(string Binding, JsonObject Body, string? ApiToken);

    private FakeDaprSidecar(WebApplication app) => _app = app;

    public ConcurrentQueue<BindingRequest> Requests { get; } = new();

    /// <summary>Bindings that fail, as a provider that is down.</summary>
    public ConcurrentDictionary<string, bool> Failing { get; } = new();

    public string Address => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    public static async Task<FakeDaprSidecar> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Protocols = HttpProtocols.Http2));
        builder.Logging.ClearProviders();
        var sidecar = new FakeDaprSidecar(builder.Build());
        sidecar._app.Run(sidecar.AnswerAsync);
        await sidecar._app.StartAsync();
        return sidecar;
    }

    public IReadOnlyList<BindingRequest> To(string binding) => Requests.Where(r => r.Binding == binding).ToList();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        context.Response.ContentType = "application/grpc";
        if (context.Request.Path != InvokeBinding)
        {
            await EndAsync(context, status: 12, "unknown method");
            return;
        }
        var request = InvokeBindingRequest.Parser.ParseFrom(await ReadMessageAsync(context.Request));
        var metadata = new JsonObject();
        foreach (var (key, value) in request.Metadata)
            metadata[key] = value;
        Requests.Enqueue(new BindingRequest(request.Name,
            new JsonObject { ["operation"] = request.Operation, ["data"] = AsRead(request.Data.ToByteArray()), ["metadata"] = metadata },
            context.Request.Headers["dapr-api-token"].FirstOrDefault()));
        if (Failing.ContainsKey(request.Name))
        {
            await EndAsync(context, status: 13, $"{request.Name} provider is down");
            return;
        }
        await WriteMessageAsync(context.Response, new InvokeBindingResponse().ToByteArray());
        await EndAsync(context, status: 0, "");
    }

    private static JsonNode? AsRead(byte[] data)
    {
        try
        {
            return JsonNode.Parse(data);
        }
        catch (JsonException)
        {
            return Encoding.UTF8.GetString(data);
        }
    }

    // gRPC's length-prefixed framing: a compressed flag, a big-endian length, the protobuf bytes.
    private static async Task<byte[]> ReadMessageAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        var frame = body.ToArray();
        return frame[5..(5 + (int)BinaryPrimitives.ReadUInt32BigEndian(frame.AsSpan(1, 4)))];
    }

    private static async Task WriteMessageAsync(HttpResponse response, byte[] message)
    {
        var prefix = new byte[5];
        BinaryPrimitives.WriteUInt32BigEndian(prefix.AsSpan(1), (uint)message.Length);
        await response.Body.WriteAsync(prefix);
        await response.Body.WriteAsync(message);
    }

    private static async Task EndAsync(HttpContext context, int status, string message)
    {
        await context.Response.StartAsync();
        context.Response.AppendTrailer("grpc-status", status.ToString());
        if (message.Length > 0)
            context.Response.AppendTrailer("grpc-message", Uri.EscapeDataString(message));
    }
}
