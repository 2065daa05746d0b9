using System.Collections.Concurrent;
using System.Diagnostics;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests;

public sealed class TraceTests(ServiceHost host) : IClassFixture<ServiceHost>, IDisposable
{
    private readonly ConcurrentBag<Activity> _stopped = [];
    private readonly ActivityListener _listener = new()
    {
        ShouldListenTo = _ => true,
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };

    [Fact]
    public async Task One_trace_runs_from_the_request_through_the_utility_and_back_to_intake()
    {
        _listener.ActivityStopped = _stopped.Add;
        ActivitySource.AddActivityListener(_listener);
        var (traceId, clientSpanId) = (ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom());

        var submitted = await host.Api.SubmitAsync(Requests.Valid("electricity"), traceParent: $"00-{traceId}-{clientSpanId}-01");
        await host.Api.WaitUntilInProgressAsync(submitted.Id);

        // Activities are recorded when they stop, which can be just after the effect the test waited for.
        var chain = await Eventually.UntilAsync(() => Task.FromResult(ChainEndingAtIntake(traceId)),
            chain => chain.Count > 0 && chain[^1].ParentSpanId == clientSpanId,
            $"a complete chain of activities in trace {traceId}");

        // HTTP → intake → bus → utility → bus → intake: the outbox continues the trace of whatever recorded the row.
        Assert.Equal(
        [
            // ASP.NET Core's instrumentation names the request span by its route.
            "Microsoft.AspNetCore: POST /api/intake/applications",
            "OneStop.Messaging: outbox publish",
            "MassTransit: urn:message:OneStop.Contracts:JointApplicationSubmitted send",
            "MassTransit: electricity-joint-application-submitted receive",
            "MassTransit: electricity-joint-application-submitted process",
            "OneStop.Messaging: outbox publish",
            "MassTransit: urn:message:OneStop.Contracts:UtilityApplicationReceived send",
            "MassTransit: intake-utility-events receive",
            "MassTransit: intake-utility-events process",
        ], chain.AsEnumerable().Reverse().Select(a => $"{a.Source.Name}: {a.DisplayName}"));
    }

    /// <summary>From intake's consumption of the utility's receipt up through its parents, as far as they are recorded.</summary>
    private List<Activity> ChainEndingAtIntake(ActivityTraceId traceId)
    {
        var inTrace = _stopped.Where(a => a.TraceId == traceId).ToDictionary(a => a.SpanId);
        // Intake's queue also gets the utility's other events (the acceptance clock starting) in the same trace.
        foreach (var end in inTrace.Values.Where(a => a.DisplayName == "intake-utility-events process"))
        {
            var chain = new List<Activity>();
            for (var current = end; current is not null; current = inTrace.GetValueOrDefault(current.ParentSpanId))
                chain.Add(current);
            if (chain.Any(a => a.DisplayName.Contains(nameof(Contracts.UtilityApplicationReceived))))
                return chain;
        }
        return [];
    }

    public void Dispose() => _listener.Dispose();
}
