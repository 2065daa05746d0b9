namespace OneStop.Benchmarks;

/// <summary>Milliseconds; percentiles by nearest rank.</summary>
public sealed record LatencyStats(int Count, double Mean, double P50, double P95, double P99, double Max)
{
    public static LatencyStats Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
            return new LatencyStats(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        double Rank(double percentile) => sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencyStats(sorted.Length, sorted.Average(), Rank(50), Rank(95), Rank(99), sorted[^1]);
    }
}
