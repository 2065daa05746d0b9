using OneStop.Contracts.Contractors;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using OneStop.Contracts;
using OneStop.Contracts.Approvals;
using OneStop.Contracts.Calendar;
using OneStop.Contracts.Documents;
using OneStop.Contracts.Guide;
using OneStop.Contracts.Intake;
using OneStop.Contracts.JointSteps;
using OneStop.Contracts.Notifications;
using OneStop.Contracts.Utilities;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Portal.Infrastructure;

/// <summary>
/// The services' public API as the portal calls it: through the gateway (or the all-in-one host's own address), with the
/// signed-in user's access token, so that every service decides for itself what this user may see and do. Each call
/// takes and returns the service's own records (OneStop.Contracts); a case's details are the utility's own request,
/// shown field by field, so they stay JSON.
/// </summary>
public sealed class PortalApi(HttpClient http, IHttpContextAccessor context)
{
    /// <summary>The services' own records on the wire; a value left out is the same as null to them.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public async Task<ApiResult<SubmitApplicationResponse>> SubmitApplicationAsync(SubmitApplicationRequest application, string idempotencyKey)
    {
        var request = Post("/api/intake/applications", application);
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await SendAsync<SubmitApplicationResponse>(request);
    }

    public Task<ApiResult<ApplicationView>> GetApplicationAsync(Guid id) =>
        SendAsync<ApplicationView>(new HttpRequestMessage(HttpMethod.Get, $"/api/intake/applications/{id}"));

    /// <summary>The applicant's answer to a utility's correction request: the problem, or null once it is accepted.</summary>
    public async Task<HttpValidationProblemDetails?> AnswerCorrectionAsync(Guid id, UtilityKind utility, Guid correctionId, AnswerCorrectionRequest answer) =>
        (await SendAsync<JsonElement>(Post($"/api/intake/applications/{id}/utilities/{Name(utility)}/corrections/{correctionId}/answer", answer))).Problem;

    public async Task<HttpValidationProblemDetails?> DeclareCustomerWorksAsync(Guid id, UtilityKind utility, DeclareCustomerWorksRequest declaration) =>
        (await SendAsync<JsonElement>(Post($"/api/intake/applications/{id}/utilities/{Name(utility)}/customer-works", declaration))).Problem;

    public async Task<HttpValidationProblemDetails?> ProvideCommittedDocumentAsync(Guid id, ProvideCommittedDocumentRequest document) =>
        (await SendAsync<JsonElement>(Post($"/api/intake/applications/{id}/documents", document))).Problem;

    /// <summary>The slots every utility of the application's joint visit (survey or acceptance) can attend.</summary>
    public Task<ApiResult<List<VisitSlot>>> GetVisitSlotsAsync(Guid id, JointStep step) =>
        SendAsync<List<VisitSlot>>(new HttpRequestMessage(HttpMethod.Get, $"/api/intake/applications/{id}/visits/{step.ToString().ToLowerInvariant()}/slots"));

    public Task<ApiResult<JointVisitView>> SubmitRemoteAcceptanceAsync(Guid id, RemoteAcceptanceRequest evidence) =>
        SendAsync<JointVisitView>(Post($"/api/intake/applications/{id}/visits/acceptance/remote", evidence));

    public Task<ApiResult<CaseView<JsonObject>>> AskForSiteVisitAsync(UtilityKind utility, Guid id, SiteVisitRequest request) =>
        SendAsync<CaseView<JsonObject>>(Post($"/api/{Name(utility)}/applications/{id}/joint-acceptance/site-visit", request));

    public Task<ApiResult<JointVisitView>> BookVisitAsync(Guid id, JointStep step, BookVisitRequest booking) =>
        SendAsync<JointVisitView>(Post($"/api/intake/applications/{id}/visits/{step.ToString().ToLowerInvariant()}/booking", booking));

    /// <summary>The signed-in applicant's own applications; for the counter, the one numbered <paramref name="number"/>.</summary>
    public Task<ApiResult<List<ApplicationSummary>>> ListApplicationsAsync(string? number = null) =>
        SendAsync<List<ApplicationSummary>>(new HttpRequestMessage(HttpMethod.Get,
            number is null ? "/api/intake/applications" : $"/api/intake/applications?number={Uri.EscapeDataString(number)}"));

    public Task<ApiResult<List<ApplicationSummary>>> SearchApplicationsAsync(ApplicationSearchRequest search) =>
        SendAsync<List<ApplicationSummary>>(Post("/api/intake/applications/search", search));

    /// <summary>The operator's queue; <paramref name="due"/> "soon" or "overdue" and <paramref name="assigned"/> "mine" or "unassigned" narrow it.</summary>
    public Task<ApiResult<List<QueueItem>>> GetQueueAsync(UtilityKind utility, string? due, string? assigned) =>
        SendAsync<List<QueueItem>>(new HttpRequestMessage(HttpMethod.Get,
            $"/api/{Name(utility)}/queue{QueryString.Create(new Dictionary<string, string?> { ["due"] = due, ["assigned"] = assigned }.Where(p => p.Value is not null))}"));

    /// <summary>The utility's case managers, for a supervisor to assign a case to.</summary>
    public Task<ApiResult<List<CaseManagerView>>> GetOperatorsAsync(UtilityKind utility) =>
        SendAsync<List<CaseManagerView>>(new HttpRequestMessage(HttpMethod.Get, $"/api/{Name(utility)}/operators"));

    public Task<ApiResult<CaseView<JsonObject>>> ClaimCaseAsync(UtilityKind utility, Guid id) =>
        SendAsync<CaseView<JsonObject>>(Post($"/api/{Name(utility)}/applications/{id}/claim", new { }));

    public Task<ApiResult<CaseView<JsonObject>>> AssignCaseAsync(UtilityKind utility, Guid id, AssignRequest assignment) =>
        SendAsync<CaseView<JsonObject>>(Post($"/api/{Name(utility)}/applications/{id}/assign", assignment));

    public Task<ApiResult<CaseView<JsonObject>>> GetCaseAsync(UtilityKind utility, Guid id) =>
        SendAsync<CaseView<JsonObject>>(new HttpRequestMessage(HttpMethod.Get, $"/api/{Name(utility)}/applications/{id}"));

    /// <summary>This utility's case of a joint application (a list of one, or none when the utility was not asked).</summary>
    public Task<ApiResult<List<CaseView<JsonObject>>>> FindCaseAsync(UtilityKind utility, Guid jointApplicationId) =>
        SendAsync<List<CaseView<JsonObject>>>(new HttpRequestMessage(HttpMethod.Get, $"/api/{Name(utility)}/applications?jointApplicationId={jointApplicationId}"));

    public Task<ApiResult<CaseView<JsonObject>>> AcceptCaseAsync(UtilityKind utility, Guid id) =>
        SendAsync<CaseView<JsonObject>>(Post($"/api/{Name(utility)}/applications/{id}/accept", new { }));

    public Task<ApiResult<CaseView<JsonObject>>> RejectCaseAsync(UtilityKind utility, Guid id, RejectRequest rejection) =>
        SendAsync<CaseView<JsonObject>>(Post($"/api/{Name(utility)}/applications/{id}/reject", rejection));

    public Task<ApiResult<CaseView<JsonObject>>> RequestCorrectionAsync(UtilityKind utility, Guid id, CorrectionRequest correction) =>
        SendAsync<CaseView<JsonObject>>(Post($"/api/{Name(utility)}/applications/{id}/corrections", correction));

    public Task<ApiResult<CaseView<JsonObject>>> CompleteStageAsync(UtilityKind utility, Guid id, CompleteRequest completion) =>
        SendAsync<CaseView<JsonObject>>(Post($"/api/{Name(utility)}/applications/{id}/complete", completion));

    public Task<ApiResult<CaseView<JsonObject>>> RecordSurveyAsync(UtilityKind utility, Guid id, SurveyFindingsRequest findings) =>
        SendAsync<CaseView<JsonObject>>(Post($"/api/{Name(utility)}/applications/{id}/survey", findings));

    public Task<ApiResult<CaseView<JsonObject>>> RecordAcceptanceAsync(UtilityKind utility, Guid id, AcceptanceResultRequest result) =>
        SendAsync<CaseView<JsonObject>>(Post($"/api/{Name(utility)}/applications/{id}/joint-acceptance", result));

    public Task<ApiResult<CaseView<JsonObject>>> ReportVisitMissedAsync(UtilityKind utility, Guid id, VisitMissedRequest missed) =>
        SendAsync<CaseView<JsonObject>>(Post($"/api/{Name(utility)}/applications/{id}/visit-missed", missed));

    /// <summary>The signed-in user's in-app messages, newest first.</summary>
    public Task<ApiResult<List<NotificationView>>> GetInboxAsync() =>
        SendAsync<List<NotificationView>>(new HttpRequestMessage(HttpMethod.Get, "/api/notifications/inbox"));

    public async Task<HttpValidationProblemDetails?> MarkReadAsync(Guid id) =>
        (await SendAsync<JsonElement>(Post($"/api/notifications/inbox/{id}/read", new { }))).Problem;

    public Task<ApiResult<CalendarYearView>> GetCalendarAsync(int year) =>
        SendAsync<CalendarYearView>(new HttpRequestMessage(HttpMethod.Get, $"/api/calendar/{year}"));

    /// <summary>The service guide for the case the query describes (applicantType, utilities, capacityKw, …, as the service names them).</summary>
    public Task<ApiResult<ServiceGuideView>> GetGuideAsync(IEnumerable<KeyValuePair<string, string?>> query) =>
        SendAsync<ServiceGuideView>(new HttpRequestMessage(HttpMethod.Get, $"/api/intake/guide{QueryString.Create(query)}"));

    public Task<ApiResult<ContractorDirectoryView>> GetContractorsAsync(IEnumerable<KeyValuePair<string, string?>> query) =>
        SendAsync<ContractorDirectoryView>(new HttpRequestMessage(HttpMethod.Get, $"/api/intake/contractors{QueryString.Create(query)}"));

    /// <summary>The applicant's electronic certificate, fetched for it to check; it is used only once it consents.</summary>
    public Task<ApiResult<DocumentView>> FetchCertificateAsync(FetchCertificateRequest certificate) =>
        SendAsync<DocumentView>(Post("/api/intake/certificates", certificate));

    public Task<ApiResult<DocumentView>> ConsentAsync(Guid documentId) =>
        SendAsync<DocumentView>(Post($"/api/intake/documents/{documentId}/consent", new { }));

    /// <summary>The signed-in applicant's documents that may be reused (consented to, not expired), newest first.</summary>
    public Task<ApiResult<List<DocumentView>>> ListMyDocumentsAsync() =>
        SendAsync<List<DocumentView>>(new HttpRequestMessage(HttpMethod.Get, "/api/intake/documents"));

    /// <summary>The counter's view of <see cref="ListMyDocumentsAsync"/>: the walk-in applicant's, named in the body.</summary>
    public Task<ApiResult<List<DocumentView>>> SearchDocumentsAsync(DocumentSearchRequest search) =>
        SendAsync<List<DocumentView>>(Post("/api/intake/documents/search", search));

    /// <summary>A file of the kind <paramref name="type"/>; at the counter, for the walk-in applicant <paramref name="idNumber"/>.</summary>
    public Task<ApiResult<DocumentView>> UploadAsync(string type, IFormFile file, string? idNumber)
    {
        var content = new StreamContent(file.OpenReadStream());
        content.Headers.ContentType = MediaTypeHeaderValue.TryParse(file.ContentType, out var declared) ? declared : new MediaTypeHeaderValue("application/octet-stream");
        // A file name a header cannot carry (control characters, quotes) is sent without them.
        var fileName = string.Concat(file.FileName.Where(c => !char.IsControl(c) && c is not ('"' or '\\')));
        var form = new MultipartFormDataContent { { new StringContent(type), "type" }, { content, "file", fileName.Length > 0 ? fileName : "file" } };
        if (idNumber is not null)
            form.Add(new StringContent(idNumber), "idNumber");
        return SendAsync<DocumentView>(new HttpRequestMessage(HttpMethod.Post, "/api/intake/documents") { Content = form });
    }

    /// <summary>What a document is (its kind, its file's type); for the applicant or the counter, a certificate's record too.</summary>
    public Task<ApiResult<DocumentView>> GetDocumentAsync(Guid id) =>
        SendAsync<DocumentView>(new HttpRequestMessage(HttpMethod.Get, $"/api/intake/documents/{id}"));

    /// <summary>A fetched certificate's record as its content holds it: masked where this user may not read it all (an operator).</summary>
    public Task<ApiResult<CertificateRecord>> GetCertificateAsync(Guid id) =>
        SendAsync<CertificateRecord>(new HttpRequestMessage(HttpMethod.Get, $"/api/intake/documents/{id}/content"));

    /// <summary>An answer to pass on to the browser as it comes: a document's content, an application's stream of changes.</summary>
    public async Task<HttpResponseMessage> GetContentAsync(string path, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
            request.Headers.Accept.ParseAdd(accept);
        await AuthorizeAsync(request);
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Aborted);
    }

    /// <summary>
    /// The OAuth 2.0 password grant at the issuer (built-in or Keycloak) the gateway routes to. The visitor's address
    /// goes along: the front door counts failed sign-ins per address, and must count the visitor's, not the portal's.
    /// </summary>
    public async Task<SignInResult> SignInAsync(string userName, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ServiceAuthentication.TokenPath)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password", ["client_id"] = "onestop-portal", ["username"] = userName, ["password"] = password,
            }),
        };
        if (context.HttpContext?.Connection.RemoteIpAddress is { } visitor)
            request.Headers.Add("X-Forwarded-For", visitor.ToString());
        using var response = await http.SendAsync(request, Aborted);
        var token = response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<TokenResponse>(Aborted))?.AccessToken : null;
        return new SignInResult(token, response.StatusCode == HttpStatusCode.TooManyRequests ? response.Headers.RetryAfter?.Delta : null);
    }

    /// <summary>The token, or none; with a wait when the front door has locked the user name or address.</summary>
    public sealed record SignInResult(string? AccessToken, TimeSpan? LockedFor);

    private sealed record TokenResponse([property: JsonPropertyName("access_token")] string? AccessToken);

    /// <summary>A utility as the API's routes name it (as on the wire: "electricity").</summary>
    private static string Name(UtilityKind utility) => JsonNamingPolicy.CamelCase.ConvertName(utility.ToString());

    /// <summary>A department's open reviews (or its decided ones); every application for a regulator.</summary>
    public Task<ApiResult<List<ExternalWorksApprovalView>>> GetApprovalsAsync(bool decided) =>
        SendAsync<List<ExternalWorksApprovalView>>(new HttpRequestMessage(HttpMethod.Get, $"/api/approvals?decided={(decided ? "true" : "false")}"));

    public Task<ApiResult<ExternalWorksApprovalView>> GetApprovalAsync(Guid id) =>
        SendAsync<ExternalWorksApprovalView>(new HttpRequestMessage(HttpMethod.Get, $"/api/approvals/{id}"));

    public Task<ApiResult<ExternalWorksApprovalView>> GetApprovalOfApplicationAsync(Guid applicationId) =>
        SendAsync<ExternalWorksApprovalView>(new HttpRequestMessage(HttpMethod.Get, $"/api/approvals/applications/{applicationId}"));

    public Task<ApiResult<ExternalWorksApprovalView>> DecideApprovalAsync(Guid id, ReviewDecisionRequest decision) =>
        SendAsync<ExternalWorksApprovalView>(Post($"/api/approvals/{id}/decision", decision));

    public Task<ApiResult<ExternalWorksApprovalView>> AnswerApprovalAsync(Guid id, ApprovalAnswerRequest answer) =>
        SendAsync<ExternalWorksApprovalView>(Post($"/api/approvals/{id}/answer", answer));

    public Task<ApiResult<ExternalWorksApprovalView>> ResubmitApprovalAsync(Guid id, ApprovalResubmissionRequest resubmission) =>
        SendAsync<ExternalWorksApprovalView>(Post($"/api/approvals/{id}/resubmission", resubmission));

    private static HttpRequestMessage Post<TBody>(string path, TBody body) =>
        new(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json) };

    /// <summary>The answer as <typeparamref name="T"/>, or the problem the service (or the gateway) answered with instead.</summary>
    private async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request)
    {
        using (request)
        {
            await AuthorizeAsync(request);
            using var response = await http.SendAsync(request, Aborted);
            var json = response.Content.Headers.ContentType?.MediaType?.Contains("json") == true && response.Content.Headers.ContentLength != 0;
            if (response.IsSuccessStatusCode)
                return new ApiResult<T>(json ? await response.Content.ReadFromJsonAsync<T>(Json, Aborted) : default, null);
            var problem = json ? await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Json, Aborted) : null;
            return new ApiResult<T>(default, problem ?? new HttpValidationProblemDetails { Status = (int)response.StatusCode, Title = response.ReasonPhrase });
        }
    }

    private async Task AuthorizeAsync(HttpRequestMessage request)
    {
        if (context.HttpContext is { } http && await http.GetTokenAsync(PortalAuth.Scheme, PortalAuth.AccessToken) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private CancellationToken Aborted => context.HttpContext?.RequestAborted ?? CancellationToken.None;
}
