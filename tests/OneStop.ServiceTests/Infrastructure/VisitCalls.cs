using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OneStop.ServiceTests.Infrastructure;

/// <summary>The joint visits (联合踏勘, 联合验收) as the counter books them and the utilities record them.</summary>
public static class VisitCalls
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static object NoExternalWorks => new { externalWorksNeeded = false, findings = "现场具备接入条件 / the site is ready to connect" };

    /// <summary>The joint visit (a survey unless <paramref name="step"/> says otherwise) once it has reached the status wanted.</summary>
    public static async Task<JointVisitView> WaitForVisitAsync(this OneStopApi api, Guid applicationId, string status, string step = "survey") =>
        (await Eventually.UntilAsync(() => api.GetApplicationAsync(applicationId), a => a.Visit(step)?.Status == status,
            $"the joint {step} of {applicationId} to be {status}")).Visit(step)!;

    public static async Task<List<VisitSlotView>> VisitSlotsAsync(this OneStopApi api, Guid applicationId, string? asUser = null, string step = "survey") =>
        (await api.As(asUser ?? OneStopApi.Clerk).GetFromJsonAsync<List<VisitSlotView>>(
            $"{OneStopApi.ApplicationsPath}/{applicationId}/visits/{step}/slots", Cancellation))!;

    public static Task<HttpResponseMessage> BookVisitAsync(this OneStopApi api, Guid applicationId, DateTimeOffset start, string? asUser = null,
        string step = "survey") =>
        api.As(asUser ?? OneStopApi.Clerk).PostAsJsonAsync($"{OneStopApi.ApplicationsPath}/{applicationId}/visits/{step}/booking", new { start }, Cancellation);

    /// <summary>
    /// The whole joint survey: the counter books the first slot offered, the clock moves to the visit, and every
    /// utility still in it records that no external works are needed.
    /// </summary>
    public static async Task<JointVisitView> SurveyAsync(this OneStopApi api, ServiceHost host, Guid applicationId)
    {
        var visit = await api.WaitForVisitAsync(applicationId, "awaitingBooking");
        var slot = (await api.VisitSlotsAsync(applicationId))[0];
        using (var booked = await api.BookVisitAsync(applicationId, slot.Start))
            Assert.Equal(HttpStatusCode.OK, booked.StatusCode);
        host.Clock.AdjustTime(slot.Start.AddMinutes(30));
        return await api.RecordSurveyAsync(applicationId,
            visit.Utilities.Where(u => !u.Withdrawn).ToDictionary(u => u.Utility, _ => NoExternalWorks));
    }

    /// <summary>
    /// Each utility records its findings once it has the booking; the survey is then done, and every case has heard so
    /// (an action on a case that news is still on its way to meets 409, as a person acting then would).
    /// </summary>
    public static async Task<JointVisitView> RecordSurveyAsync(this OneStopApi api, Guid applicationId, IReadOnlyDictionary<string, object> findings)
    {
        var cases = new Dictionary<string, Guid>();
        foreach (var (utility, body) in findings)
        {
            cases[utility] = await api.CaseIdAsync(applicationId, utility);
            await Eventually.UntilAsync(() => api.GetCaseAsync(utility, cases[utility]), c => c["visits"]!.AsArray().Count > 0, $"the {utility} case to have the booking");
            await api.ActOkAsync(utility, cases[utility], "survey", body);
        }
        var done = await api.WaitForVisitAsync(applicationId, "done");
        foreach (var (utility, caseId) in cases)
            await Eventually.UntilAsync(() => api.GetCaseAsync(utility, caseId), c => c["visits"]![0]!["completedAt"] is not null,
                $"the {utility} case to hear the survey is complete");
        return done;
    }

    public static object Passed => new { passed = true, remarks = "内部工程符合规范 / the works meet the standard" };

    /// <summary>
    /// The whole joint acceptance, once every utility in it has come to its inspection: the counter books the first slot
    /// offered, the clock moves to the visit, and each utility records that the works passed unless <paramref name="results"/>
    /// says otherwise. It returns once every case has heard the acceptance is complete (as after the survey: acting on a
    /// case that news is still on its way to meets 409).
    /// </summary>
    public static async Task<JointVisitView> AcceptanceAsync(this OneStopApi api, ServiceHost host, Guid applicationId,
        IReadOnlyDictionary<string, object>? results = null)
    {
        var visit = await api.WaitForVisitAsync(applicationId, "awaitingBooking", "acceptance");
        var slot = (await api.VisitSlotsAsync(applicationId, step: "acceptance"))[0];
        using (var booked = await api.BookVisitAsync(applicationId, slot.Start, step: "acceptance"))
            Assert.Equal(HttpStatusCode.OK, booked.StatusCode);
        host.Clock.AdjustTime(slot.Start.AddMinutes(30));
        var cases = new Dictionary<string, Guid>();
        foreach (var utility in visit.Utilities.Where(u => !u.Withdrawn).Select(u => u.Utility))
        {
            cases[utility] = await api.CaseIdAsync(applicationId, utility);
            await Eventually.UntilAsync(() => api.GetCaseAsync(utility, cases[utility]), c => Acceptance(c) is not null,
                $"the {utility} case to have the acceptance booked");
            await api.ActOkAsync(utility, cases[utility], "joint-acceptance", results?.GetValueOrDefault(utility) ?? Passed);
        }
        var done = await api.WaitForVisitAsync(applicationId, "done", "acceptance");
        foreach (var (utility, caseId) in cases)
            await Eventually.UntilAsync(() => api.GetCaseAsync(utility, caseId), c => Acceptance(c)!["completedAt"] is not null,
                $"the {utility} case to hear the acceptance is complete");
        return done;
    }

    private static JsonNode? Acceptance(JsonObject utilityCase) =>
        utilityCase["visits"]!.AsArray().SingleOrDefault(v => (string?)v!["step"] == "acceptance");
}
