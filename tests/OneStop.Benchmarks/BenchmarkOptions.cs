namespace OneStop.Benchmarks;

public sealed record BenchmarkOptions
{
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Eight processes tiering their JIT on 2 cores take tens of seconds to reach steady code.</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(20);
    public int Clients { get; init; } = 16;
    /// <summary>One applicant at a time shows the pipeline's own latency, without queueing behind other applications.</summary>
    public TimeSpan LightLoad { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan ObserveInterval { get; init; } = TimeSpan.FromMilliseconds(20);
    public int GatewayRequests { get; init; } = 2000;
    public int RawMessages { get; init; } = 20_000;
    public int RawConcurrency { get; init; } = 100;
    /// <summary>Where to write every process's console output at the end, for reading afterwards; none by default.</summary>
    public string? KeepLogs { get; init; }

    public const string Usage = """
        dotnet run -c Release --project tests/OneStop.Benchmarks [-- options]
          --duration <s>          measured closed-loop load (default 30)
          --warmup <s>            unmeasured load first, to JIT and fill pools (default 20)
          --clients <n>           concurrent applicants, each waiting for inProgress before filing again (default 16)
          --light-load <s>        one client alone afterwards, for latency without queueing; 0 skips (default 10)
          --observe-ms <ms>       how often in-flight applications are checked for inProgress (default 20)
          --gateway-requests <n>  GETs each via the gateway and directly to intake (default 2000)
          --raw-messages <n>      messages for the raw MassTransit/RabbitMQ ceiling (default 20000)
          --raw-concurrency <n>   outstanding confirmed publishes in the raw run (default 100)
          --keep-logs <dir>       write every process's console output there at the end
        """;

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Length; i += 2)
        {
            var text = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value\n{Usage}");
            int Number() => int.Parse(text);
            options = args[i] switch
            {
                "--keep-logs" => options with { KeepLogs = text },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Number()) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Number()) },
                "--clients" => options with { Clients = Number() },
                "--light-load" => options with { LightLoad = TimeSpan.FromSeconds(Number()) },
                "--observe-ms" => options with { ObserveInterval = TimeSpan.FromMilliseconds(Number()) },
                "--gateway-requests" => options with { GatewayRequests = Number() },
                "--raw-messages" => options with { RawMessages = Number() },
                "--raw-concurrency" => options with { RawConcurrency = Number() },
                _ => throw new ArgumentException($"Unknown option {args[i]}\n{Usage}"),
            };
        }
        return options;
    }
}
