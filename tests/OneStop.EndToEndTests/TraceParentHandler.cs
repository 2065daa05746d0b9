namespace OneStop.EndToEndTests;

/// <summary>Sends every request as part of the given W3C trace, as an instrumented caller in front of the gateway would.</summary>
public sealed class TraceParentHandler(string traceParent) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Add("traceparent", traceParent);
        return base.SendAsync(request, cancellationToken);
    }
}
