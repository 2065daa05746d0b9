using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests;

public sealed class SubmitTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private readonly OneStopApi _api = host.Api;

    /// <summary>Comma-separated, so that each row reads well in the test runner.</summary>
    public static TheoryData<string> UtilitySubsets =>
        ["electricity", "water", "gas", "heat", "network", "electricity,water", string.Join(',', Requests.AllUtilities)];

    [Fact]
    public async Task Submit_is_accepted_with_a_location_and_an_application_number()
    {
        using var response = await _api.PostApplicationAsync(Requests.Valid("electricity"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var submitted = (await response.Content.ReadFromJsonAsync<Submitted>(TestContext.Current.CancellationToken))!;
        Assert.NotEqual(Guid.Empty, submitted.Id);
        Assert.Matches(new Regex(@"^LH\d{18}$"), submitted.Number);
        Assert.Equal("submitted", submitted.Status);
        Assert.Equal($"{OneStopApi.ApplicationsPath}/{submitted.Id}", response.Headers.Location?.OriginalString);

        using var location = await _api.Http.GetAsync(response.Headers.Location, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, location.StatusCode);
    }

    /// <summary>The utilities whose first stage surveys the site (联合踏勘) in the default catalogues.</summary>
    private static readonly string[] Surveying = ["water", "gas", "heat"];

    [Theory]
    [MemberData(nameof(UtilitySubsets))]
    public async Task Every_requested_utility_receives_the_application_and_it_goes_in_progress(string utilities)
    {
        var requested = utilities.Split(',');
        var submitted = await _api.SubmitAsync(Requests.Valid(requested));

        await _api.WaitUntilInProgressAsync(submitted.Id);
        var application = await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id),
            a => a.Utilities.All(u => u.Stage is not null), "every utility's acceptance clock to start");

        Assert.Equal(submitted.Number, application.Number);
        Assert.Equal(requested.Order(), application.Utilities.Select(u => u.Utility).Order());
        Assert.All(application.Utilities, u =>
        {
            Assert.Equal("received", u.Status);
            Assert.NotNull(u.UtilityApplicationId);
            Assert.StartsWith("acceptance", u.Stage!.Code);
            // A first stage that surveys the site stands until the joint survey is booked: the applicant's time.
            if (Surveying.Contains(u.Utility))
                Assert.Equal(("visitBooking", null), (u.ClockPausedFor, u.DueAt));
            else
                Assert.NotNull(u.DueAt);
        });
        var timeline = application.Timeline;
        Assert.Equal(["submitted", .. requested.Select(_ => "receivedByUtility"), "inProgress", .. requested.Any(Surveying.Contains) ? ["visitBookingOpen"] : Array.Empty<string>()],
            timeline.Where(t => t.Event is not ("stageStarted" or "quoted")).Select(t => t.Event));
        Assert.Equal(requested.Order(), timeline.Where(t => t.Event == "receivedByUtility").Select(t => t.Utility!).Order());
        Assert.Equal(requested.Order(), timeline.Where(t => t.Event == "stageStarted").Select(t => t.Utility!).Order());
        // Each receipt states what the utility charges, as its quote says.
        Assert.Equal(requested.Order(), timeline.Where(t => t.Event == "quoted").Select(t => t.Utility!).Order());
        Assert.All(application.Utilities, u => Assert.NotNull(u.Quote));
    }

    [Theory]
    [MemberData(nameof(UtilitySubsets))]
    public async Task Each_requested_utility_keeps_one_record_with_the_requested_details_and_the_others_keep_none(string utilities)
    {
        var requested = utilities.Split(',');
        var submitted = await _api.SubmitAsync(Requests.Valid(requested));
        var application = await _api.WaitUntilInProgressAsync(submitted.Id);

        foreach (var utility in Requests.AllUtilities)
        {
            var records = await _api.ListUtilityRecordsAsync(utility, submitted.Id);
            if (!requested.Contains(utility))
            {
                Assert.Empty(records);
                continue;
            }
            var record = Assert.Single(records);
            Assert.Equal(application.Utilities.Single(u => u.Utility == utility).UtilityApplicationId, record.Id);
            Assert.Equal(submitted.Id, record.JointApplicationId);
            Assert.Equal(utility, record.Utility);
            AssertSameValues(Requests.UtilityRequest(utility), record.Details);

            var byId = await _api.As(OneStopApi.OperatorOf(utility)).GetFromJsonAsync<UtilityRecordView>($"/api/{utility}/applications/{record.Id}",
                TestContext.Current.CancellationToken);
            Assert.Equal(record.Id, byId!.Id);
            Assert.Equal(submitted.Id, byId.JointApplicationId);
        }
    }

    [Fact]
    public async Task An_enterprise_identified_by_its_credit_code_is_accepted()
    {
        var body = Requests.Valid("gas").With($$$"""{"applicant":{"type":"enterprise","name":"福州某某科技有限公司","idNumber":"{{{Requests.UnifiedSocialCreditCode}}}"}}""");

        var submitted = await _api.SubmitAsync(body);
        await _api.WaitUntilInProgressAsync(submitted.Id);

        var record = Assert.Single(await _api.ListUtilityRecordsAsync("gas", submitted.Id));
        Assert.Equal(submitted.Id, record.JointApplicationId);
    }

    [Theory]
    [InlineData("intake")]
    [InlineData("electricity")]
    [InlineData("water")]
    [InlineData("gas")]
    [InlineData("heat")]
    [InlineData("network")]
    public async Task An_unknown_id_is_a_404_problem(string service)
    {
        var user = service == "intake" ? OneStopApi.Clerk : OneStopApi.OperatorOf(service);
        using var response = await _api.As(user).GetAsync($"/api/{service}/applications/{Guid.NewGuid()}", TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Bilingual.AssertIs((string?)problem["title"]);
    }

    private static void AssertSameValues(JsonObject expected, JsonObject actual)
    {
        Assert.Equal(expected.Select(p => p.Key).Order(), actual.Select(p => p.Key).Order());
        foreach (var (name, value) in expected)
        {
            if (value!.GetValueKind() == System.Text.Json.JsonValueKind.Number)
                Assert.Equal(decimal.Parse(value.ToJsonString()), decimal.Parse(actual[name]!.ToJsonString()));
            else
                Assert.Equal((string?)value, (string?)actual[name]);
        }
    }
}
