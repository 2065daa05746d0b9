namespace OneStop.Benchmarks;

public sealed record BenchmarkOptions
{
    /// <summary>
    /// Nine processes tiering their JIT (with dynamic PGO) on 2 cores take about a minute to reach steady code: a 20 s
    /// warm-up measured 8.5 applications/s where the same build reached 15 after two minutes.
    /// </summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);
    public int Clients { get; init; } = 16;
    public IReadOnlyList<double> Rates { get; init; } = [10, 20, 40, 80];
    public TimeSpan RateDuration { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>
    /// The closed loop again with two replicas of intake and of electricity, measured this long after a warm-up as long
    /// as the first; 0 skips it. "No lower throughput" is read as within 10 %: runs of the same build vary more.
    /// </summary>
    public TimeSpan ScaleOut { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>The all-in-one host's warm-up and measured closed loop; 0 skips it.</summary>
    public TimeSpan AllInOne { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>One process answers a hop sooner than nine: more applicants in flight are needed to keep it busy.</summary>
    public int AllInOneClients { get; init; } = 64;
    public TimeSpan ObserveInterval { get; init; } = TimeSpan.FromMilliseconds(20);
    public int GatewayRequests { get; init; } = 2000;
    public int RawMessages { get; init; } = 20_000;
    public int RawConcurrency { get; init; } = 100;
    /// <summary>Where to write every process's console output at the end, for reading afterwards; none by default.</summary>
    public string? KeepLogs { get; init; }

    public const string Usage = """
        dotnet run -c Release --project tests/OneStop.Benchmarks [-- options]
          --warmup <s>            unmeasured closed-loop load first, to JIT and fill pools (default 60)
          --duration <s>          measured closed-loop load (default 30)
          --clients <n>           concurrent applicants, each waiting for inProgress before filing again (default 16)
          --rates <r,r,…>         open-loop arrival rates in applications/s, run in turn while sustained (default 10,20,40,80; none skips)
          --rate-duration <s>     each open-loop rate (default 30)
          --scale-out <s>         the closed loop with two replicas of intake and electricity, after a warm-up as long as --warmup; 0 skips (default 30)
          --all-in-one <s>        the all-in-one host's warm-up and then its measured closed loop, each this long; 0 skips (default 30)
          --all-in-one-clients <n>  closed-loop clients for the all-in-one host (default 64)
          --observe-ms <ms>       how often in-flight applications are checked (default 20)
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
            TimeSpan Seconds() => TimeSpan.FromSeconds(Number());
            options = args[i] switch
            {
                "--keep-logs" => options with { KeepLogs = text },
                "--warmup" => options with { Warmup = Seconds() },
                "--duration" => options with { Duration = Seconds() },
                "--clients" => options with { Clients = Number() },
                "--rates" => options with
                {
                    Rates = text == "none" ? [] : text.Split(',').Select(rate => double.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
                },
                "--rate-duration" => options with { RateDuration = Seconds() },
                "--scale-out" => options with { ScaleOut = Seconds() },
                "--all-in-one" => options with { AllInOne = Seconds() },
                "--all-in-one-clients" => options with { AllInOneClients = Number() },
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
