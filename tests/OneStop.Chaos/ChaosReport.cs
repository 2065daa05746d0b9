namespace OneStop.Chaos;

/// <summary>The run's figures as the README's reliability section records them.</summary>
public static class ChaosReport
{
    public static void Write(ChaosResult result, TextWriter output)
    {
        var (options, verdict) = (result.Options, result.Verdict);
        output.WriteLine();
        output.WriteLine($"Chaos run: {result.Faults.Count} faults in {result.Elapsed.TotalMinutes:F1} min at {options.Rate}/s offered");
        output.WriteLine($"  {"fault",-14}{"killed at",10}{"restarted",11}{"recovery",10}   slowest before the restart: offered → acknowledged → in progress");
        foreach (var fault in result.Faults)
            output.WriteLine($"  {fault.Target,-14}{Seconds(fault.KilledAt),10}{Seconds(fault.RestartedAt),11}{Seconds(fault.Recovery),10}   " +
                (fault.Slowest is { } slowest
                    ? $"{Seconds(slowest.OfferedAt)} → {Seconds(slowest.AcknowledgedAt)} → {Seconds(slowest.InProgressAt)} ({string.Join(',', slowest.Utilities)})"
                    : "") +
                (fault.Error is null ? "" : $"  {fault.Error}"));
        output.WriteLine("  (recovery: from the restart until everything offered before it was in progress)");
        output.WriteLine();
        output.WriteLine($"  applications  offered {verdict.Offered}, acknowledged {verdict.Acknowledged}, given up {verdict.GivenUp} " +
            $"(of which filed {verdict.GivenUpButFiled}), lost {verdict.LostApplications}, duplicated {verdict.DuplicatedApplications}, stuck {verdict.Stuck}");
        output.WriteLine($"  utility cases expected {verdict.ExpectedCases}, lost {verdict.LostCases}, duplicated {verdict.DuplicatedCases}, " +
            $"at an unrequested utility {verdict.UnrequestedCases}");
        output.WriteLine($"  notices       expected {verdict.ExpectedNotices}, lost {verdict.LostNotices}, duplicated {verdict.DuplicatedNotices}");
        output.WriteLine($"  last application in progress {Seconds(result.LastInProgressAfterLastRestart)} " +
            $"after the last restart (bound {Seconds(options.Settle)})");
        output.WriteLine($"  failed attempts, retried with the same Idempotency-Key: " +
            (result.Failures.Count == 0 ? "none" : string.Join(", ", result.Failures.OrderByDescending(f => f.Value).Select(f => $"{f.Key} ×{f.Value}"))));
        foreach (var example in verdict.Examples)
            output.WriteLine($"  {example}");
        output.WriteLine();
        output.WriteLine(result.Passed
            ? $"PASS: 0 lost, 0 duplicated, 0 stuck after {result.Faults.Count} faults"
            : $"FAIL: {verdict.Lost} lost, {verdict.Duplicated} duplicated, {verdict.Stuck} stuck");
    }

    private static string Seconds(TimeSpan? span) => span is { } value ? $"{value.TotalSeconds:F0} s" : "never";
}
