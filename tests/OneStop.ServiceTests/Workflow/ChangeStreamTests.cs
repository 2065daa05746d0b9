using System.Net;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Workflow;

/// <summary>
/// Pages are told of changes by server-sent events: an application's progress page when the application or one of its
/// joint visits moves, an operator's queue when a case opens or changes. Only those who may read the application get its
/// stream, and only when they ask for a stream.
/// </summary>
public sealed class ChangeStreamTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;
    private readonly OneStopApi _api = host.Api;

    [Fact]
    public async Task The_applicants_stream_says_changed_when_a_utility_acts_and_the_queue_stream_when_a_case_opens()
    {
        using var queue = await OpenAsync("electricity-operator", "/api/electricity/queue/changes");
        var queueMark = await NextChangeAsync(queue);
        var submitted = await _api.SubmitAsync(Requests.Valid("electricity").With("""{"applicant":{"idNumber":"33010619900101123X"}}"""));
        Assert.NotEqual(queueMark, await NextChangeAsync(queue));

        var caseId = await _api.CaseIdAsync(submitted.Id, "electricity");
        await _api.WaitUntilInProgressAsync(submitted.Id);
        using var progress = await OpenAsync("zhangsan", $"{OneStopApi.ApplicationsPath}/{submitted.Id}/changes");
        var version = long.Parse(await NextChangeAsync(progress));
        await _api.ActOkAsync("electricity", caseId, "accept");
        Assert.True(long.Parse(await NextChangeAsync(progress)) > version);

        using (var notAStream = await _api.As("zhangsan").GetAsync($"{OneStopApi.ApplicationsPath}/{submitted.Id}/changes", Cancellation))
            await notAStream.AssertProblemAsync(HttpStatusCode.NotAcceptable);
        using var stranger = await _api.As("lisi").SendAsync(Streamed($"{OneStopApi.ApplicationsPath}/{submitted.Id}/changes"), Cancellation);
        await stranger.AssertProblemAsync(HttpStatusCode.NotFound);
        using var otherUtility = await _api.As("gas-operator").GetAsync("/api/electricity/queue/changes", Cancellation);
        Assert.Equal(HttpStatusCode.Forbidden, otherUtility.StatusCode);
    }

    [Fact]
    public async Task The_applicants_stream_says_changed_when_a_joint_visit_moves()
    {
        var submitted = await _api.SubmitAsync(Requests.Valid("water").With("""{"applicant":{"idNumber":"33010619900101123X"}}"""));
        await _api.WaitForVisitAsync(submitted.Id, "awaitingBooking");
        using var progress = await OpenAsync("zhangsan", $"{OneStopApi.ApplicationsPath}/{submitted.Id}/changes");
        var mark = long.Parse(await NextChangeAsync(progress));
        using (var booked = await _api.BookVisitAsync(submitted.Id, (await _api.VisitSlotsAsync(submitted.Id))[0].Start))
            Assert.Equal(HttpStatusCode.OK, booked.StatusCode);
        Assert.True(long.Parse(await NextChangeAsync(progress)) > mark);
    }

    private async Task<EventStream> OpenAsync(string user, string path)
    {
        var response = await _api.As(user).SendAsync(Streamed(path), HttpCompletionOption.ResponseHeadersRead, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync(Cancellation)));
    }

    /// <summary>An open stream; disposing it ends the request, so that the host stops with nothing streaming.</summary>
    private sealed record EventStream(HttpResponseMessage Response, StreamReader Reader) : IDisposable
    {
        public void Dispose()
        {
            Reader.Dispose();
            Response.Dispose();
        }
    }

    /// <summary>A request for a stream, as an EventSource makes it.</summary>
    private static HttpRequestMessage Streamed(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/event-stream");
        return request;
    }

    /// <summary>The data of the next "changed" event (heartbeats and the retry line skipped); the test's timeout bounds the wait.</summary>
    private static async Task<string> NextChangeAsync(EventStream stream)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var changed = false;
        while (await stream.Reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == "event: changed")
                changed = true;
            else if (changed && line.StartsWith("data: ", StringComparison.Ordinal))
                return line["data: ".Length..];
        }
        throw new InvalidOperationException("The stream ended without a change");
    }
}
