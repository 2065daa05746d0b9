using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OneStop.Contracts;
using OneStop.Testing;

namespace OneStop.ServiceTests.Infrastructure;

/// <summary>
/// The public HTTP API of the all-in-one host, as a client sees it. Calls are made as the counter clerk (who files for
/// the sample applicants and reads any application) unless they need a utility's operator.
/// </summary>
public sealed class OneStopApi(Func<string?, HttpClient> clientFor)
{
    public const string ApplicationsPath = "/api/intake/applications";
    public const string Clerk = "clerk";

    private readonly HttpClient http = clientFor(Clerk);

    /// <summary>Signed in as the counter clerk.</summary>
    public HttpClient Http => http;

    public HttpClient As(string? userName) => clientFor(userName);

    public static string OperatorOf(string utility) => $"{utility}-operator";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>Files as the counter clerk, with the documents the case needs unless the body names its own.</summary>
    public async Task<HttpResponseMessage> PostApplicationAsync(JsonObject body, string? idempotencyKey = null, string? traceParent = null)
    {
        await SampleDocuments.AttachAsync(http, clerk: true, body, Cancellation);
        var request = new HttpRequestMessage(HttpMethod.Post, ApplicationsPath) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        if (traceParent is not null)
            request.Headers.Add("traceparent", traceParent);
        return await http.SendAsync(request, Cancellation);
    }

    public async Task<Submitted> SubmitAsync(JsonObject body, string? traceParent = null)
    {
        using var response = await PostApplicationAsync(body, traceParent: traceParent);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Submitted>(Cancellation))!;
    }

    public async Task<ApplicationView> GetApplicationAsync(Guid id) =>
        (await http.GetFromJsonAsync<ApplicationView>($"{ApplicationsPath}/{id}", Cancellation))!;

    public Task<ApplicationView> WaitUntilInProgressAsync(Guid id) =>
        Eventually.UntilAsync(() => GetApplicationAsync(id), application => application.Status == "inProgress",
            $"joint application {id} to be in progress");

    public async Task<List<UtilityRecordView>> ListUtilityRecordsAsync(string utility, Guid jointApplicationId) =>
        (await As(OperatorOf(utility)).GetFromJsonAsync<List<UtilityRecordView>>($"/api/{utility}/applications?jointApplicationId={jointApplicationId}", Cancellation))!;

    public async Task<List<NotificationView>> ListNotificationsAsync(Guid applicationId) =>
        (await http.GetFromJsonAsync<List<NotificationView>>($"/api/notifications?applicationId={applicationId}", Cancellation))!;
}

public sealed record Submitted(Guid Id, string Number, string Status);

public sealed record ApplicationView(Guid Id, string Number, string Status, string StatusText, DateTimeOffset? ForecastCompletion,
    List<UtilityProgressView> Utilities, List<ApplicationDocumentView> Documents, List<TimelineEntryView> Timeline, CalendarBasis? ForecastCalendar = null,
    List<JointVisitView>? Visits = null)
{
    public UtilityProgressView Utility(string utility) => Utilities.Single(u => u.Utility == utility);

    public JointVisitView? Survey => Visit("survey");

    public JointVisitView? Visit(string step) => Visits?.SingleOrDefault(v => v.Step == step);
}

public sealed record JointVisitView(Guid Id, string Step, string Status, List<VisitParticipantView> Utilities, DateTimeOffset? Start, DateTimeOffset? End,
    int Reschedules, int Misses, bool Remote = false, bool RemoteAllowed = false);

public sealed record VisitParticipantView(string Utility, bool Withdrawn, DateTimeOffset? RecordedAt, JsonObject? Findings, JsonObject? Acceptance = null,
    bool Ready = true);

public sealed record VisitSlotView(DateTimeOffset Start, DateTimeOffset End);

public sealed record UtilityProgressView(string Utility, string Status, Guid? UtilityApplicationId, StageNameView? Stage, DateTimeOffset? DueAt,
    DateTimeOffset? ForecastCompletion, CorrectionView? Correction, bool AwaitingWorksDeclaration, string? RejectionReason, DateTimeOffset? ClosedAt,
    CalendarBasis? DueCalendar = null, CalendarBasis? ForecastCalendar = null, string? ClockPausedFor = null, CaseManagerContactView? Manager = null,
    QuoteView? Quote = null);

public sealed record QuoteView(long PayableFen, long WaivedFen, List<string> Pending, List<JsonObject> ZeroInvestments);

public sealed record CaseManagerContactView(string Name, string? Hotline);

public sealed record ApplicationDocumentView(string Type, Guid? DocumentId, bool Pending, int? CommitmentWorkingDays, DateTimeOffset? CommitmentDueAt, bool Overdue,
    CalendarBasis? CommitmentDueCalendar = null);

public sealed record StageNameView(string Code, string Chinese, string English);

public sealed record CorrectionView(Guid Id, string Needed, bool Answered);

public sealed record TimelineEntryView(DateTimeOffset At, string Event, string? Utility, string Description, CalendarKind? Calendar = null);

public sealed record UtilityRecordView(Guid Id, Guid JointApplicationId, string Utility, string Status, JsonObject Details);

public sealed record NotificationView(Guid Id, Guid ApplicationId, string EventType, string Channel, string Status, string Title, string Body,
    DateTimeOffset? SentAt, DateTimeOffset? ReadAt);
