using System.Collections.Concurrent;
using OneStop.Testing;

namespace OneStop.EndToEndTests;

/// <summary>
/// One distributed platform (every service its own process, real PostgreSQL and RabbitMQ, the gateway in front) shared
/// by every test class of the collection, because starting it takes most of the run. It remembers what every application it was
/// sent asked for, so that totals can be checked whatever order the tests run in.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "distributed platform";
}

public sealed class PlatformFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<Guid, string[]> _filed = new();
    private DistributedPlatform? _platform;
    private ServersUnavailableException? _unavailable;
    private HttpClient? _gateway;

    /// <summary>Skips the calling test when the servers are missing, or fails it where they are required (CI).</summary>
    public DistributedPlatform Platform
    {
        get
        {
            if (_unavailable is not null)
                SkipOrFail(_unavailable);
            return _platform!;
        }
    }

    /// <summary>Skips the calling test, or fails it where the servers are required (CI).</summary>
    public static void SkipOrFail(ServersUnavailableException unavailable)
    {
        if (TestServers.Required)
            Assert.Fail(unavailable.Message);
        Assert.Skip(unavailable.Message);
    }

    public HttpClient Gateway => _gateway ??= new HttpClient { BaseAddress = Platform.Gateway!.BaseAddress };

    public PublicApiClient Intake => new(Gateway, Platform.Tokens);

    public IReadOnlyDictionary<Guid, string[]> Filed => _filed;

    public void RecordFiled(Guid applicationId, string[] utilities) => _filed[applicationId] = utilities;

    /// <summary>
    /// A district whose water and high-voltage electricity companies survey on their own, outside the joint survey (a
    /// region's catalogue may say so). The workflow test files there: a survey's findings can only be recorded once its
    /// visit has begun, and these processes run on the machine's clock, which a test cannot move on to the visit.
    /// </summary>
    public const string RegionSurveyingApart = "330110";

    private static readonly Dictionary<string, string> SurveyedApart = new (string Catalogue, (string Code, string Zh, string En, int Days, bool Works)[] Stages)[]
        {
            ("water", [("acceptance-survey", "受理勘查", "Accepted and surveyed", 1, false), ("inspection-turn-on", "验收开通", "Inspected and turned on", 2, false)]),
            ("electricity-high-voltage-single-source",
            [
                ("acceptance", "申请受理", "Application accepted", 1, false), ("supply-plan", "供电方案答复", "Supply plan replied", 15, false),
                ("completion-inspection", "竣工检验", "Completion inspection", 3, true), ("metering-energising", "装表接电", "Meter installed and energised", 2, false),
            ]),
        }
        .SelectMany(catalogue => catalogue.Stages.SelectMany((stage, index) =>
        {
            var prefix = $"Workflow__Regions__{RegionSurveyingApart}__{catalogue.Catalogue}__Stages__{index}__";
            return new Dictionary<string, string>
            {
                [prefix + "Code"] = stage.Code, [prefix + "NameZh"] = stage.Zh, [prefix + "NameEn"] = stage.En,
                [prefix + "LimitWorkingDays"] = stage.Days.ToString(), [prefix + "AwaitsCustomerWorks"] = stage.Works.ToString(),
            };
        }))
        .ToDictionary();

    public async ValueTask InitializeAsync()
    {
        try
        {
            // The trace test follows each message by the inbox's "handled" line, which is Debug.
            _platform = await DistributedPlatform.StartAsync(await TestServers.SharedAsync(), withPortal: true,
                environment: new Dictionary<string, string>(SurveyedApart) { ["Logging__LogLevel__OneStop"] = "Debug" });
        }
        catch (ServersUnavailableException unavailable)
        {
            _unavailable = unavailable;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _gateway?.Dispose();
        if (_platform is null)
            return;
        KeepLogs(_platform);
        await _platform.DisposeAsync();
    }

    /// <summary>Every process's console output of the last run, in bin/…/<paramref name="folder"/>, for reading after a failure.</summary>
    public static void KeepLogs(DistributedPlatform platform, string folder = "platform-logs")
    {
        var directory = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, folder));
        foreach (var service in platform.Services.Values.Append(platform.Gateway).Append(platform.Identity).Append(platform.Portal).OfType<ServiceProcess>())
            File.WriteAllLines(Path.Combine(directory.FullName, $"{service.Name}.log"), service.Output);
        foreach (var (crashed, index) in platform.Crashed.Select((process, index) => (process, index + 1)))
            File.WriteAllLines(Path.Combine(directory.FullName, $"{crashed.Name}.crashed-{index}.log"), crashed.Output);
    }
}
