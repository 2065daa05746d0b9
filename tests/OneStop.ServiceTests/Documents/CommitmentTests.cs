using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OneStop.ServiceTests.Infrastructure;
using OneStop.Testing;
using static OneStop.ServiceTests.Infrastructure.ChinaTime;

namespace OneStop.ServiceTests.Documents;

/// <summary>
/// 容缺受理: a document may follow on a signed commitment where its requirement allows; the stage that needs it waits
/// for it, the others do not; an overdue commitment is on the timeline and told to the applicant, once.
/// </summary>
public sealed class CommitmentTests(DocumentHost host) : IClassFixture<DocumentHost>
{
    private const string IdNumber = Requests.ResidentIdNumber;
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;
    private readonly OneStopApi _api = host.Api;

    [Fact]
    public async Task A_promised_list_of_loads_holds_only_the_stage_that_needs_it_until_it_arrives()
    {
        host.Clock.AdjustTime(China("2026-03-02T09:00"));
        var submitted = await _api.SubmitAsync(await ShopApplicationAsync(promise: "load-list"));

        var application = await _api.GetApplicationAsync(submitted.Id);
        var promised = application.Documents.Single(d => d.Type == "load-list");
        // Five working days from Monday 09:00.
        Assert.True(promised.Pending);
        Assert.Equal(China("2026-03-09T09:00"), promised.CommitmentDueAt!.Value, TimeSpan.FromSeconds(5));
        var caseId = await _api.CaseIdAsync(submitted.Id, "electricity");
        var loads = (await _api.GetCaseAsync("electricity", caseId))["documents"]!.AsArray().Single(d => (string?)d!["type"] == "load-list")!;
        Assert.Equal((true, "metering-energising"), ((bool)loads["pending"]!, (string?)loads["beforeStage"]));

        await _api.ActOkAsync("electricity", caseId, "accept");
        using (var held = await _api.ActAsync("electricity", caseId, "complete",
                   new { stage = "metering-energising", data = CaseCalls.StageDataFor("metering-energising", host.Clock.GetUtcNow()) }))
            Assert.Contains("用电设备清单", (string?)(await held.AssertProblemAsync(HttpStatusCode.Conflict))["detail"]);

        var list = await SampleDocuments.UploadAsync(_api.Http, clerk: true, IdNumber, "load-list", Cancellation);
        using (var provided = await _api.Http.PostAsJsonAsync($"{OneStopApi.ApplicationsPath}/{submitted.Id}/documents",
                   new { type = "load-list", documentId = list }, Cancellation))
            Assert.Equal(HttpStatusCode.Accepted, provided.StatusCode);
        using (var twice = await _api.Http.PostAsJsonAsync($"{OneStopApi.ApplicationsPath}/{submitted.Id}/documents",
                   new { type = "load-list", documentId = list }, Cancellation))
            await twice.AssertProblemAsync(HttpStatusCode.Conflict);

        await Eventually.UntilAsync(() => _api.GetCaseAsync("electricity", caseId),
            c => c["documents"]!.AsArray().All(d => !(bool)d!["pending"]!), "the electricity company to hear of the list");
        var connected = await _api.CompleteAsync("electricity", caseId, "metering-energising", host.Clock.GetUtcNow());
        Assert.Equal("connected", connected.Status());
        Assert.Contains((await _api.GetApplicationAsync(submitted.Id)).Timeline, t => t.Event == "documentProvided");
    }

    [Fact]
    public async Task The_utilitys_clock_stands_while_the_applicant_owes_a_document_its_stage_needs()
    {
        host.Clock.AdjustTime(China("2026-03-02T09:00"));
        var submitted = await _api.SubmitAsync(await ShopApplicationAsync(promise: "load-list"));
        var caseId = await _api.CaseIdAsync(submitted.Id, "electricity");
        await _api.ActOkAsync("electricity", caseId, "accept");

        // The stage that needs the list starts with its clock standing: the wait is the applicant's.
        var waiting = await _api.GetCaseAsync("electricity", caseId);
        var metering = waiting["stages"]!.AsArray().Single(s => (string?)s!["code"] == "metering-energising")!;
        Assert.Equal((false, null), ((bool)metering["clockRunning"]!, (string?)metering["dueAt"]));
        Assert.Equal("committedDocument", (string?)waiting["pauses"]!.AsArray().Single(p => p!["to"] is null)!["kind"]);
        var view = await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id),
            a => a.Timeline.Any(t => t.Event == "stageStarted" && t.Description.Contains("装表接电")), "intake to hear of the stage");
        Assert.Equal("committedDocument", view.Utilities.Single().ClockPausedFor);
        Assert.Contains("计时暂停，待申请人补交承诺的材料后恢复", view.Timeline.Single(t => t.Event == "stageStarted" && t.Description.Contains("装表接电")).Description);

        // Three weeks on, long past the stage's limit, nothing is overdue: the list arrives, and the clock runs again from now.
        host.Clock.AdjustTime(China("2026-03-23T10:00"));
        Assert.Empty(await _api.QueueAsync("electricity", "?due=overdue"));
        var list = await SampleDocuments.UploadAsync(_api.Http, clerk: true, IdNumber, "load-list", Cancellation);
        using (var provided = await _api.Http.PostAsJsonAsync($"{OneStopApi.ApplicationsPath}/{submitted.Id}/documents",
                   new { type = "load-list", documentId = list }, Cancellation))
            Assert.Equal(HttpStatusCode.Accepted, provided.StatusCode);
        var resumed = await Eventually.UntilAsync(() => _api.GetCaseAsync("electricity", caseId),
            c => c["pauses"]!.AsArray().All(p => p!["to"] is not null), "the electricity company to hear of the list");
        var running = resumed["stages"]!.AsArray().Single(s => (string?)s!["code"] == "metering-energising")!;
        Assert.True((bool)running["clockRunning"]!);
        Assert.True(running["dueAt"]!.GetValue<DateTimeOffset>() > host.Clock.GetUtcNow());
        var told = await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id),
            a => a.Utilities.Single().ClockPausedFor is null && a.Utilities.Single().DueAt is not null, "intake to hear the clock runs");
        Assert.Contains(told.Timeline, t => t.Event == "resumed" && t.Description.Contains("已收到申请人补交的材料"));

        // The three weeks are not the utility's: the stage completes an hour later, well within its limit.
        host.Clock.AdjustTime(China("2026-03-23T11:00"));
        var connected = await _api.CompleteAsync("electricity", caseId, "metering-energising", host.Clock.GetUtcNow());
        var done = connected["stages"]!.AsArray().Single(s => (string?)s!["code"] == "metering-energising")!;
        Assert.True((bool)done["onTime"]!);
        Assert.True((double)done["workingDays"]! < 0.5, $"{done["workingDays"]} working days");
    }

    [Fact]
    public async Task An_overdue_commitment_is_on_the_timeline_and_told_to_the_applicant_once()
    {
        host.Clock.AdjustTime(China("2026-03-02T09:00"));
        var early = await _api.SubmitAsync(await ShopApplicationAsync(promise: "load-list"));          // due 9 March
        var late = await _api.SubmitAsync(await ShopApplicationAsync(promise: "property-certificate")); // due 23 March

        host.Clock.AdjustTime(China("2026-03-10T09:00"));
        await OverdueNoticesAsync(early.Id, 1);
        host.Clock.AdjustTime(China("2026-03-24T09:00"));
        await OverdueNoticesAsync(late.Id, 1);

        // By now the watcher has looked many times since the first commitment fell due: still one entry, one message.
        var application = await _api.GetApplicationAsync(early.Id);
        Assert.Single(application.Timeline, t => t.Event == "commitmentOverdue");
        Assert.True(application.Documents.Single(d => d.Type == "load-list").Overdue);
        Assert.Single(await _api.ListNotificationsAsync(early.Id), n => n.EventType == "DocumentCommitmentOverdue");
    }

    public static TheoryData<string, string> RefusedSets => new()
    {
        // what the documents section says, the field the answer names
        { """[{"type":"resident-id","commitment":{"signedBy":"张三"}},{"type":"property-certificate","documentId":"{property}"},{"type":"load-list","documentId":"{loads}"}]""", "documents[0].commitment" },
        { """[{"type":"resident-id","documentId":"{identity}"},{"type":"property-certificate","commitment":{"signedBy":" "}},{"type":"load-list","documentId":"{loads}"}]""", "documents[1].commitment.signedBy" },
        { """[{"type":"resident-id","documentId":"{identity}"},{"type":"load-list","documentId":"{loads}"}]""", "documents.property-certificate" },
        { """[{"type":"resident-id","documentId":"{identity}"},{"type":"property-certificate","documentId":"{property}"},{"type":"load-list","documentId":"{loads}"},{"type":"site-plan","documentId":"{loads}"}]""", "documents[3].type" },
        { """[{"type":"resident-id","documentId":"{identity}"},{"type":"property-certificate","documentId":"{property}"},{"type":"load-list","documentId":"{identity}"}]""", "documents[2].documentId" },
        { """[{"type":"resident-id","documentId":"{others}"},{"type":"property-certificate","documentId":"{property}"},{"type":"load-list","documentId":"{loads}"}]""", "documents[0].documentId" },
        { """[{"type":"resident-id","documentId":"{identity}","commitment":{"signedBy":"张三"}},{"type":"property-certificate","documentId":"{property}"},{"type":"load-list","documentId":"{loads}"}]""", "documents[0]" },
        { """[{"type":"resident-id","documentId":"{identity}"},{"type":"resident-id","documentId":"{identity}"},{"type":"property-certificate","documentId":"{property}"},{"type":"load-list","documentId":"{loads}"}]""", "documents[1].type" },
    };

    [Theory]
    [MemberData(nameof(RefusedSets))]
    public async Task A_document_set_that_does_not_fit_the_case_is_a_400_naming_the_entry_and_nothing_is_written(string documents, string field)
    {
        var clerk = _api.Http;
        var ids = new Dictionary<string, string?>
        {
            ["identity"] = await SampleDocuments.FetchAndConsentAsync(clerk, clerk: true, IdNumber, "resident-id", Cancellation),
            ["property"] = await SampleDocuments.FetchAndConsentAsync(clerk, clerk: true, IdNumber, "property-certificate", Cancellation),
            ["loads"] = await SampleDocuments.UploadAsync(clerk, clerk: true, IdNumber, "load-list", Cancellation),
            ["others"] = await SampleDocuments.FetchAndConsentAsync(clerk, clerk: true, "33010619900101123X", "resident-id", Cancellation),
        };
        var body = Shop();
        body["documents"] = JsonNode.Parse(ids.Aggregate(documents, (text, id) => text.Replace($"{{{id.Key}}}", id.Value)));
        var before = await host.CountIntakeRowsAsync();

        using var response = await _api.PostApplicationAsync(body);

        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).Errors();
        Assert.Equal([field], errors.Keys);
        Bilingual.AssertIs(errors[field][0]);
        Assert.Equal(before, await host.CountIntakeRowsAsync());
    }

    private static JsonObject Shop() => Requests.Valid("electricity").With("""{"utilities":{"electricity":{"capacityKw":120,"usage":"commercial"}}}""");

    private Task<JsonObject> ShopApplicationAsync(string promise) => ShopApplicationAsync(_api, promise);

    /// <summary>A shop's electricity application with its identity card and documents, except <paramref name="promise"/>, committed to.</summary>
    internal static async Task<JsonObject> ShopApplicationAsync(OneStopApi api, string? promise)
    {
        var body = await SampleDocuments.AttachAsync(api.Http, clerk: true, Shop(), Cancellation);
        if (promise is null)
            return body;
        var promised = body["documents"]!.AsArray().Single(d => (string?)d!["type"] == promise)!.AsObject();
        promised.Remove("documentId");
        promised["commitment"] = new JsonObject { ["signedBy"] = "张三" };
        return body;
    }

    private Task OverdueNoticesAsync(Guid applicationId, int expected) =>
        Eventually.UntilAsync(() => _api.ListNotificationsAsync(applicationId),
            notices => notices.Count(n => n.EventType == "DocumentCommitmentOverdue") == expected, $"{expected} overdue notice(s) for {applicationId}");
}
