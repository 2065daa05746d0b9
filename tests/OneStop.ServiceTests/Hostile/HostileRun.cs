namespace OneStop.ServiceTests.Hostile;

/// <summary>What every hostile suite shares: its seed (printed, replayed from ONESTOP_HOSTILE_SEED), its output and its failure report.</summary>
public static class HostileRun
{
    public const string SeedVariable = "ONESTOP_HOSTILE_SEED";

    /// <summary>The seed to replay, or a new one; printed with how to replay it.</summary>
    public static string Seed(string suite)
    {
        var seed = Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } given ? given : CsCheck.PCG.ThreadPCG.ToString();
        Print($"{suite}, seed {seed}: replay with {SeedVariable}={seed}");
        return seed;
    }

    /// <summary>
    /// Sends one hostile request and counts its answer's status; null, with the failure recorded, if there was no answer or a 5xx
    /// (the exception the host logged as its cause).
    /// </summary>
    public static async Task<HttpResponseMessage?> SendAsync(HttpClient client, HttpRequestMessage message, HostileRequest request,
        ExceptionRecorder recorder, List<Failure> failures, Dictionary<int, int> statuses)
    {
        var cancellation = TestContext.Current.CancellationToken;
        recorder.Drain();
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(message, cancellation);
        }
        catch (Exception exception) when (!cancellation.IsCancellationRequested)
        {
            failures.Add(new Failure(request, 0, "no response", ExceptionRecorder.Cause(exception)));
            return null;
        }
        var status = (int)response.StatusCode;
        statuses[status] = statuses.GetValueOrDefault(status) + 1;
        if (status < 500)
            return response;
        failures.Add(new Failure(request, status, "5xx", recorder.Drain().Select(ExceptionRecorder.Cause).FirstOrDefault() ?? "(no exception logged)"));
        response.Dispose();
        return null;
    }

    public static string Answers(Dictionary<int, int> statuses) =>
        $"Answers: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}";

    /// <summary>Failures grouped by cause, the most frequent first, with a few of the requests that showed each.</summary>
    public static string Report(List<Failure> failures) => string.Join("\n", failures
        .GroupBy(f => (f.Kind, f.Cause)).OrderByDescending(g => g.Count())
        .Select(g => $"{g.Count()}× {g.Key.Kind}: {g.Key.Cause}\n" + string.Concat(g.Take(3).Select(f => $"    {f.Status} ← {f.Request}\n"))));

    public static void Print(string line)
    {
        if (line.Length == 0)
            return;
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Console.WriteLine(line);
    }
}
