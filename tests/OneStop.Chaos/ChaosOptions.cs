namespace OneStop.Chaos;

/// <summary>What to kill and when, and how hard to load the platform meanwhile.</summary>
public sealed record ChaosOptions
{
    /// <summary>Every kind of process the deployment runs, killed in turn: the broker, the database, each service, the issuer and the gateway.</summary>
    public static readonly string[] Everything =
        ["rabbitmq", "postgres", "intake", "electricity", "water", "gas", "heat", "network", "notification", "approvals", "identity", "gateway"];

    /// <summary>The broker, the database, the service that acknowledges, a utility, the one that notifies, and the gateway: what CI runs.</summary>
    public static readonly string[] Short = ["rabbitmq", "postgres", "intake", "electricity", "notification", "gateway"];

    public IReadOnlyList<string> Targets { get; init; } = Everything;
    /// <summary>Applications offered per second, whatever the platform answers (open loop).</summary>
    public double Rate { get; init; } = 2;
    /// <summary>Load before the first fault, so that the faults hit a platform in its steady state.</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(20);
    /// <summary>From one kill to the next.</summary>
    public TimeSpan Spacing { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>How long a killed container stays down before it is started again.</summary>
    public TimeSpan Downtime { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>The stated bound: every acknowledged application is in progress, with its cases and notices, this long after the last restart.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromMinutes(3);
    /// <summary>A client keeps retrying an offer (with the same Idempotency-Key) this long before it gives up on it.</summary>
    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromMinutes(2);
    public bool KeepDeployment { get; init; }

    /// <summary>Load goes on for one spacing after the last restart, so that the platform is seen taking new work again.</summary>
    public TimeSpan LoadDuration => Warmup + Spacing * Targets.Count + Spacing;

    public const string Usage = """
        dotnet run -c Release --project tests/OneStop.Chaos [-- options]
          --profile full|short   what is killed: full = rabbitmq, postgres, each service, identity and the gateway;
                                 short = rabbitmq, postgres, intake, electricity, notification, gateway (default full)
          --rate <n>             applications offered per second, open loop (default 2)
          --warmup <s>           load before the first kill (default 20)
          --spacing <s>          from one kill to the next (default 30)
          --downtime <s>         how long a killed container stays down (default 10)
          --settle <s>           the bound: everything acknowledged is in progress this long after the last restart (default 180)
          --keep                 leave the deployment running afterwards (the command that removes it is printed)
        """;

    public static ChaosOptions Parse(string[] args)
    {
        var options = new ChaosOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--keep")
            {
                options = options with { KeepDeployment = true };
                continue;
            }
            var text = ++i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value\n{Usage}");
            TimeSpan Seconds() => TimeSpan.FromSeconds(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
            options = args[i - 1] switch
            {
                "--profile" => options with
                {
                    Targets = text switch
                    {
                        "full" => Everything,
                        "short" => Short,
                        _ => throw new ArgumentException($"--profile is full or short\n{Usage}"),
                    },
                },
                "--rate" => options with { Rate = double.Parse(text, System.Globalization.CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmup = Seconds() },
                "--spacing" => options with { Spacing = Seconds() },
                "--downtime" => options with { Downtime = Seconds() },
                "--settle" => options with { Settle = Seconds() },
                _ => throw new ArgumentException($"Unknown option {args[i - 1]}\n{Usage}"),
            };
        }
        if (options.Rate <= 0 || options.Downtime >= options.Spacing)
            throw new ArgumentException($"The rate must be positive and the downtime shorter than the spacing.\n{Usage}");
        return options;
    }
}
