using Microsoft.AspNetCore.Http;
using OneStop.Portal.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Contracts;
using OneStop.Contracts.Intake;

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

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    /// <summary>The live part of the page, for the page's script to swap in.</summary>
    public async Task<IActionResult> OnGetLiveAsync() => await LoadAsync() ? Partial("_Progress", this) : NotFound();

    /// <summary>Intake's server-sent events for this application, passed on as they come: the script fetches the live part on each.</summary>
    public Task<IActionResult> OnGetEventsAsync() => LiveEvents.PassOnAsync(api, HttpContext, $"/api/intake/applications/{Id}/changes");

    public async Task<IActionResult> OnPostAnswerAsync(UtilityKind utility, Guid correctionId, string? answer) =>
        await ActAsync(api.AnswerCorrectionAsync(Id, utility, correctionId, new AnswerCorrectionRequest(answer)),
            ui.T("补正已提交，计时恢复。", "Your answer is sent; the clock runs again."));

    public async Task<IActionResult> OnPostWorksAsync(UtilityKind utility, string? note) =>
        await ActAsync(api.DeclareCustomerWorksAsync(Id, utility, new DeclareCustomerWorksRequest(note)),
            ui.T("已申报竣工，等待检验。", "Completion declared; the inspection comes next."));

    public async Task<IActionResult> OnPostProvideAsync(string type, IFormFile? file, string? idNumber)
    {
        if (string.IsNullOrWhiteSpace(type))
            return BadRequest(); // the form always says which document: a post without it is not the form's
        if (file is null)
            return await ShowAsync(failure: ui.T("请选择要上传的文件", "Choose the file to upload"));
        var uploaded = await api.UploadAsync(type, file, User.IsInRole(ServiceDefaults.Identity.Roles.Clerk) ? idNumber : null);
        if (!uploaded.Ok)
            return await ShowAsync(failure: ui.Problem(uploaded.Problem));
        return await ActAsync(api.ProvideCommittedDocumentAsync(Id, new ProvideCommittedDocumentRequest(type, uploaded.Value!.Id)),
            ui.T("材料已补交。", "The document is provided."));
    }

    private async Task<IActionResult> ActAsync(Task<HttpValidationProblemDetails?> action, string done) => await action is { } problem
        ? await ShowAsync(failure: ui.Problem(problem))
        : await ShowAsync(message: done);

    private async Task<IActionResult> ShowAsync(string? message = null, string? failure = null)
    {
        (Message, Failure) = (message, failure);
        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        var found = await api.GetApplicationAsync(Id);
        Application = found.Value!;
        return found.Ok;
    }
}
