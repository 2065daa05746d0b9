using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OneStop.ServiceTests.Infrastructure;

/// <summary>A utility operator's calls on its cases, and the applicant's answers through intake, as the portal makes them.</summary>
public static class CaseCalls
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The utility's case of a joint application, once the utility has opened it.</summary>
    public static async Task<Guid> CaseIdAsync(this OneStopApi api, Guid applicationId, string utility)
    {
        var application = await Eventually.UntilAsync(() => api.GetApplicationAsync(applicationId),
            a => a.Utility(utility).UtilityApplicationId is not null, $"the {utility} case of {applicationId}");
        return application.Utility(utility).UtilityApplicationId!.Value;
    }

    public static async Task<JsonObject> GetCaseAsync(this OneStopApi api, string utility, Guid caseId) =>
        (await api.As(OneStopApi.OperatorOf(utility)).GetFromJsonAsync<JsonObject>($"/api/{utility}/applications/{caseId}", Cancellation))!;

    /// <summary>POST /api/{utility}/applications/{id}/{action} as that utility's operator, or as <paramref name="asUser"/>.</summary>
    public static Task<HttpResponseMessage> ActAsync(this OneStopApi api, string utility, Guid caseId, string action, object? body = null, string? asUser = null) =>
        api.As(asUser ?? OneStopApi.OperatorOf(utility))
            .PostAsJsonAsync($"/api/{utility}/applications/{caseId}/{action}", body ?? new { }, Cancellation);

    /// <summary>Acts and expects 200 with the case as it is afterwards.</summary>
    public static async Task<JsonObject> ActOkAsync(this OneStopApi api, string utility, Guid caseId, string action, object? body = null)
    {
        using var response = await api.ActAsync(utility, caseId, action, body);
        var content = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action} on {utility} case {caseId}: {(int)response.StatusCode} {content}");
        return JsonNode.Parse(content)!.AsObject();
    }

    public static Task<JsonObject> CompleteAsync(this OneStopApi api, string utility, Guid caseId, string stage, DateTimeOffset now) =>
        api.ActOkAsync(utility, caseId, "complete", new { stage, data = StageDataFor(stage, now) });

    /// <summary>What an operator records on completing each stage of the default catalogues.</summary>
    public static Dictionary<string, string> StageDataFor(string stage, DateTimeOffset now) => stage switch
    {
        "supply-plan" => new() { ["supplyVoltage"] = "10kV", ["planSummary"] = "单电源 10kV 专线接入 / one 10 kV dedicated line" },
        "completion-inspection" => new() { ["inspectionResult"] = "passed" },
        "metering-energising" => new() { ["meterNumber"] = "3301061234567", ["energisedAt"] = Iso(now) },
        "inspection-turn-on" => new() { ["inspectionResult"] = "passed", ["meterNumber"] = "W-2026-0001", ["turnedOnAt"] = Iso(now) },
        "installation-turn-on" => new() { ["accountNumber"] = "0571-88886666", ["turnedOnAt"] = Iso(now) },
        _ => [],
    };

    /// <summary>The applicant's side, through intake: POST …/utilities/{utility}/{path}, by default as the counter clerk.</summary>
    public static Task<HttpResponseMessage> AnswerThroughIntakeAsync(this OneStopApi api, Guid applicationId, string utility, string path, object body,
        string? asUser = null) =>
        api.As(asUser ?? OneStopApi.Clerk)
            .PostAsJsonAsync($"{OneStopApi.ApplicationsPath}/{applicationId}/utilities/{utility}/{path}", body, Cancellation);

    public static async Task<JsonArray> QueueAsync(this OneStopApi api, string utility, string query = "") =>
        (await api.As(OneStopApi.OperatorOf(utility)).GetFromJsonAsync<JsonArray>($"/api/{utility}/queue{query}", Cancellation))!;

    public static string Status(this JsonObject node) => (string)node["status"]!;

    public static JsonObject Stage(this JsonObject caseView, string code) =>
        caseView["stages"]!.AsArray().Select(s => s!.AsObject()).Single(s => (string)s["code"]! == code);

    public static DateTimeOffset? Moment(this JsonNode? node) => node is null ? null : DateTimeOffset.Parse((string)node!);

    private static string Iso(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz");
}
