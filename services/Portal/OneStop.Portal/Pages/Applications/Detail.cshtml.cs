using Microsoft.AspNetCore.Http;
using OneStop.Portal.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Contracts;
using OneStop.Contracts.Intake;
using OneStop.Contracts.JointSteps;

namespace OneStop.Portal.Pages.Applications;

/// <summary>
/// One application like a parcel: each utility's stage, deadline and forecast, and the timeline, refreshed while the
/// page is open; the applicant (or the counter for it) answers a correction, declares its works, gives a promised document.
/// </summary>
public sealed class DetailModel(PortalApi api, Ui ui) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public ApplicationView Application { get; private set; } = null!;
    public string? Message { get; private set; }
    public string? Failure { get; private set; }

    /// <summary>The slots every utility of the joint visit open for booking can attend, when this user may book it.</summary>
    public IReadOnlyList<VisitSlot> VisitSlots { get; private set; } = [];

    /// <summary>The joint visit (survey, then acceptance) open for booking now, or to be moved until a utility has recorded it.</summary>
    public JointVisitView? BookableVisit => Application.Visits.FirstOrDefault(JointVisitBooking.IsOpen);

    /// <summary>The applicant or the counter books the visits.</summary>
    public bool CanBook => (User.IsInRole(ServiceDefaults.Identity.Roles.Applicant) || User.IsInRole(ServiceDefaults.Identity.Roles.Clerk))
        && BookableVisit is not null;

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    /// <summary>The live part of the page, for the page's script to swap in.</summary>
    public async Task<IActionResult> OnGetLiveAsync() => await LoadAsync() ? Partial("_Progress", this) : NotFound();

    /// <summary>Intake's server-sent events for this application, passed on as they come: the script fetches the live part on each.</summary>
    public Task<IActionResult> OnGetEventsAsync() => LiveEvents.PassOnAsync(api, HttpContext, $"/api/intake/applications/{Id}/changes");

    /// <summary>The answer, with any files attached: each is uploaded as a supplementary document (补正材料) first.</summary>
    public async Task<IActionResult> OnPostAnswerAsync(UtilityKind utility, Guid correctionId, string? answer, List<IFormFile>? files, string? idNumber)
    {
        if (string.IsNullOrWhiteSpace(answer))
            return await ShowAsync(failure: ui.T("请填写补正内容", "Write your answer"));
        var attached = new List<Guid>();
        foreach (var file in files ?? [])
        {
            var uploaded = await api.UploadAsync(SupplementType, file, ClerkNames(idNumber));
            if (!uploaded.Ok)
                return await ShowAsync(failure: ui.Problem(uploaded.Problem));
            attached.Add(uploaded.Value!.Id);
        }
        return await ActAsync(api.AnswerCorrectionAsync(Id, utility, correctionId, new AnswerCorrectionRequest(answer, attached)),
            ui.T("补正已提交，计时恢复。", "Your answer is sent; the clock runs again."));
    }

    public async Task<IActionResult> OnPostWorksAsync(UtilityKind utility, string? note) =>
        await ActAsync(api.DeclareCustomerWorksAsync(Id, utility, new DeclareCustomerWorksRequest(note)),
            ui.T("已申报竣工，等待检验。", "Completion declared; the inspection comes next."));

    public async Task<IActionResult> OnPostProvideAsync(string type, IFormFile? file, string? idNumber)
    {
        if (string.IsNullOrWhiteSpace(type))
            return BadRequest(); // the form always says which document: a post without it is not the form's
        if (file is null)
            return await ShowAsync(failure: ui.T("请选择要上传的文件", "Choose the file to upload"));
        var uploaded = await api.UploadAsync(type, file, ClerkNames(idNumber));
        if (!uploaded.Ok)
            return await ShowAsync(failure: ui.Problem(uploaded.Problem));
        return await ActAsync(api.ProvideCommittedDocumentAsync(Id, new ProvideCommittedDocumentRequest(type, uploaded.Value!.Id)),
            ui.T("材料已补交。", "The document is provided."));
    }

    public async Task<IActionResult> OnPostVisitAsync(JointStep step, DateTimeOffset? start)
    {
        var booked = await api.BookVisitAsync(Id, step, new BookVisitRequest(start));
        return booked.Ok
            ? await ShowAsync(message: ui.T($"已预约{step.Name().Chinese}：{ui.VisitTime(booked.Value!.Start!.Value, booked.Value.End!.Value)}，各单位将一同上门。",
                $"The {step.Name().English} is booked: {ui.VisitTime(booked.Value!.Start!.Value, booked.Value.End!.Value)}; the utilities will come together."))
            : await ShowAsync(failure: ui.Problem(booked.Problem));
    }

    /// <summary>
    /// 云验收: each photo or video is uploaded as the applicant's own document first (a video as its own kind, which intake
    /// judges by content), then all are given to the acceptance in one request.
    /// </summary>
    public async Task<IActionResult> OnPostRemoteAsync(List<IFormFile>? files, string? idNumber)
    {
        if (files is not { Count: > 0 })
            return await ShowAsync(failure: ui.T("请选择竣工照片或视频", "Choose the photos or videos of your finished works"));
        var evidence = new List<Guid>();
        foreach (var file in files)
        {
            var type = IsVideo(file) ? CompletionVideoType : CompletionPhotoType;
            var uploaded = await api.UploadAsync(type, file, ClerkNames(idNumber));
            if (!uploaded.Ok)
                return await ShowAsync(failure: ui.Problem(uploaded.Problem));
            evidence.Add(uploaded.Value!.Id);
        }
        var given = await api.SubmitRemoteAcceptanceAsync(Id, new RemoteAcceptanceRequest(evidence));
        return given.Ok
            ? await ShowAsync(message: ui.T("照片、视频已提交，验收人员将在线审查。", "The photos and videos are sent; the inspectors will review them online."))
            : await ShowAsync(failure: ui.Problem(given.Problem));
    }

    // A browser may send a phone's clip as application/octet-stream: its name says what it is meant to be (intake judges the bytes).
    private static bool IsVideo(IFormFile file) => file.ContentType.StartsWith("video/", StringComparison.OrdinalIgnoreCase)
        || Path.GetExtension(file.FileName).ToLowerInvariant() is ".mp4" or ".m4v";

    private const string SupplementType = "supplement";
    private const string CompletionPhotoType = "completion-photo";
    private const string CompletionVideoType = "completion-video";

    /// <summary>At the counter an upload names the walk-in applicant it belongs to; an applicant's own are its own.</summary>
    private string? ClerkNames(string? idNumber) => User.IsInRole(ServiceDefaults.Identity.Roles.Clerk) ? idNumber : null;

    private async Task<IActionResult> ActAsync(Task<HttpValidationProblemDetails?> action, string done) => await action is { } problem
        ? await ShowAsync(failure: ui.Problem(problem))
        : await ShowAsync(message: done);

    private async Task<IActionResult> ShowAsync(string? message = null, string? failure = null)
    {
        (Message, Failure) = (message, failure);
        if (!await LoadAsync())
            return NotFound();
        if (CanBook)
            VisitSlots = (await api.GetVisitSlotsAsync(Id, BookableVisit!.Step)).Value ?? [];
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var found = await api.GetApplicationAsync(Id);
        Application = found.Value!;
        return found.Ok;
    }
}
