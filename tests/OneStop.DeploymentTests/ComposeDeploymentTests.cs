using OneStop.Testing;
using static OneStop.Testing.ApplicationView;

namespace OneStop.DeploymentTests;

/// <summary>A smoke run through the gateway of the compose deployment, and a service killed and restarted under it.</summary>
[Collection(ComposeDeployment.Collection)]
public sealed class ComposeDeploymentTests(ComposeDeployment deployment)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sign_in_file_every_requested_utility_receives_it_and_an_operator_completes_a_stage()
    {
        var api = deployment.Api;
        string[] requested = ["electricity", "water", "network"];

        using (var portal = new HttpClient { BaseAddress = ComposeDeployment.Gateway })
            Assert.Contains("电水气热网", await portal.GetStringAsync("/", Cancellation));
        var submitted = await api.SubmitAsync(SampleApplications.Body(requested), cancellationToken: Cancellation);
        var application = await api.WaitForStatusAsync(submitted.Id, "inProgress", Timeout);
        Assert.Equal(requested.Order(), Utilities(application).Select(u => (string)u["utility"]!).Order());

        // The network operator needs no site survey: it connects without one.
        var network = CaseId(application, "network");
        await api.PostAsync($"/api/network/applications/{network}/accept", PublicApiClient.OperatorOf("network"), new { });
        await api.PostAsync($"/api/network/applications/{network}/complete", PublicApiClient.OperatorOf("network"),
            new { stage = "installation-turn-on", data = new { accountNumber = "0571-COMPOSE-1", turnedOnAt = DateTimeOffset.UtcNow } });
        await WaitAsync(() => api.GetAsync(submitted.Id), view => (string?)Utility(view, "network")["status"] == "connected",
            "network connected on the applicant's view");
    }

    [Fact]
    public async Task A_killed_service_receives_what_was_filed_while_it_was_down_once_restarted()
    {
        var api = deployment.Api;
        var kill = deployment.Stack.Kill("electricity");
        Assert.True(kill.ExitCode == 0, kill.Describe());

        var submitted = await api.SubmitAsync(SampleApplications.Body("electricity", "water"), cancellationToken: Cancellation);
        // Water takes its part while electricity is down; the application waits for electricity in its queue.
        await WaitAsync(() => api.ListUtilityRecordsAsync("water", submitted.Id), records => records.Count == 1, "water's record");
        Assert.NotEqual("inProgress", (string?)(await api.GetAsync(submitted.Id, Cancellation))["status"]);

        var start = deployment.Stack.Start("electricity");
        Assert.True(start.ExitCode == 0, start.Describe());
        await api.WaitForStatusAsync(submitted.Id, "inProgress", Timeout);
        Assert.Single(await api.ListUtilityRecordsAsync("electricity", submitted.Id));
    }

    private async Task WaitAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        T last;
        do
        {
            last = await read();
            if (done(last))
                return;
            await Task.Delay(500, Cancellation);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"No {what} within {Timeout}: {last}\n{deployment.Logs()}");
    }
}
