using System.Net;
using System.Net.Http.Json;

namespace OneStop.ServiceTests.Infrastructure;

/// <summary>The joint survey (联合踏勘) as the counter books it and the utilities record it.</summary>
public static class VisitCalls
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static object NoExternalWorks => new { externalWorksNeeded = false, findings = "现场具备接入条件 / the site is ready to connect" };

    /// <summary>The survey once it has reached the status wanted.</summary>
    public static async Task<JointVisitView> WaitForSurveyAsync(this OneStopApi api, Guid applicationId, string status) =>
        (await Eventually.UntilAsync(() => api.GetApplicationAsync(applicationId), a => a.Survey?.Status == status,
            $"the joint survey of {applicationId} to be {status}")).Survey!;

    public static async Task<List<VisitSlotView>> SurveySlotsAsync(this OneStopApi api, Guid applicationId, string? asUser = null) =>
        (await api.As(asUser ?? OneStopApi.Clerk).GetFromJsonAsync<List<VisitSlotView>>(
            $"{OneStopApi.ApplicationsPath}/{applicationId}/visits/survey/slots", Cancellation))!;

    public static Task<HttpResponseMessage> BookSurveyAsync(this OneStopApi api, Guid applicationId, DateTimeOffset start, string? asUser = null) =>
        api.As(asUser ?? OneStopApi.Clerk).PostAsJsonAsync($"{OneStopApi.ApplicationsPath}/{applicationId}/visits/survey/booking", new { start }, Cancellation);

    /// <summary>
    /// The whole joint survey: the counter books the first slot offered, the clock moves to the visit, and every
    /// utility still in it records that no external works are needed.
    /// </summary>
    public static async Task<JointVisitView> SurveyAsync(this OneStopApi api, ServiceHost host, Guid applicationId)
    {
        var visit = await api.WaitForSurveyAsync(applicationId, "awaitingBooking");
        var slot = (await api.SurveySlotsAsync(applicationId))[0];
        using (var booked = await api.BookSurveyAsync(applicationId, slot.Start))
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
        var done = await api.WaitForSurveyAsync(applicationId, "done");
        foreach (var (utility, caseId) in cases)
            await Eventually.UntilAsync(() => api.GetCaseAsync(utility, caseId), c => c["visits"]![0]!["completedAt"] is not null,
                $"the {utility} case to hear the survey is complete");
        return done;
    }
}
