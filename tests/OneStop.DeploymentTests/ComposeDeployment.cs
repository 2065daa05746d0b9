using OneStop.Testing;

namespace OneStop.DeploymentTests;

/// <summary>
/// The compose deployment (<see cref="ComposeStack"/>) started once for the test classes of <see cref="Collection"/>
/// and taken down with its volumes afterwards.
/// </summary>
public sealed class ComposeDeployment : IAsyncLifetime
{
    public const string Collection = "compose deployment";
    public const string Project = "onestop-compose-test";
    public static Uri Gateway => ComposeStack.Gateway;
    private static readonly TimeSpan BuildAndStartTimeout = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(5);

    private string? _unavailable;
    private ComposeStack? _stack;
    private PublicApiClient? _api;

    /// <summary>The running deployment; skips the test (fails it under ONESTOP_REQUIRE_INFRA=1) without an engine.</summary>
    public ComposeStack Stack
    {
        get
        {
            if (_unavailable is not null)
                Tools.SkipUnlessRequired(_unavailable);
            return _stack!;
        }
    }

    /// <summary>A client of the deployment's gateway.</summary>
    public PublicApiClient Api
    {
        get
        {
            _ = Stack;
            return _api!;
        }
    }

    public async ValueTask InitializeAsync()
    {
        _unavailable = ComposeStack.Unavailable();
        if (_unavailable is not null)
            return;
        _stack = new ComposeStack(Project);
        await _stack.UpAsync(BuildAndStartTimeout, ReadyTimeout);
        _api = new PublicApiClient(new HttpClient { BaseAddress = Gateway }, new DemoTokens(Gateway, _stack.DemoPassword));
    }

    public ValueTask DisposeAsync()
    {
        _stack?.Dispose();
        return ValueTask.CompletedTask;
    }

    public string Logs() => Stack.Logs();
}

[CollectionDefinition(ComposeDeployment.Collection)]
public sealed class ComposeDeploymentCollection : ICollectionFixture<ComposeDeployment>;
