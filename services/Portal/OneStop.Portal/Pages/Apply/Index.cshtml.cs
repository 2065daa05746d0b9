using OneStop.Contracts.Documents;
using OneStop.Contracts.Guide;
using OneStop.Portal.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.ServiceDefaults.Identity;
using OneStop.Validation;

namespace OneStop.Portal.Pages.Apply;

/// <summary>
/// The one form, in steps: utilities, shared details, each utility's details, the one document set (certificates
/// fetched and approved, uploads, reuse, commitments), review and submit. An applicant files for itself; a counter
/// clerk for the walk-in applicant in front of it.
/// </summary>
public sealed class IndexModel(PortalApi api, Ui ui) : PageModel
{
    /// <summary>What the guide's query calls a field, and where that field is in the application.</summary>
    private static readonly Dictionary<string, string> GuideFields = new()
    {
        ["applicantType"] = "applicant.type", ["utilities"] = "utilities", ["capacityKw"] = "utilities.electricity.capacityKw",
        ["electricityUsage"] = "utilities.electricity.usage", ["powerSource"] = "utilities.electricity.powerSource",
        ["waterUsage"] = "utilities.water.usage", ["gasUsage"] = "utilities.gas.usage", ["regionCode"] = "site.regionCode",
    };

    [BindProperty] public string? Draft { get; set; }
    [BindProperty] public int Step { get; set; } = WizardStep.Utilities;

    public ApplicationDraft Application { get; private set; } = new();
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public string? Problem { get; private set; }
    public IReadOnlyList<DocumentGuide> RequiredDocuments { get; private set; } = [];
    /// <summary>A certificate just fetched, by kind, shown for the applicant to check before approving it.</summary>
    public Dictionary<string, DocumentView> Previews { get; } = [];

    public bool IsClerk => User.IsInRole(Roles.Clerk);

    public void OnGet()
    {
        if (IsClerk)
            return;
        // An applicant files under its own verified identity: the form starts from the token's.
        var idNumber = User.FindFirst(OneStopClaims.IdNumber)?.Value ?? "";
        var name = User.FindFirst(OneStopClaims.Name)?.Value ?? "";
        var enterprise = UnifiedSocialCreditCode.IsValid(idNumber);
        Application.Fields["applicant.idNumber"] = idNumber;
        Application.Fields["applicant.type"] = enterprise ? "enterprise" : "individual";
        Application.Fields["applicant.name"] = name;
        // A company's contact is a person, whose name the token does not carry.
        Application.Fields["applicant.contactName"] = enterprise ? "" : name;
    }

    public async Task<IActionResult> OnPostNextAsync()
    {
        Load();
        TakeForm();
        Errors = StepErrors();
        if (Errors.Count == 0)
            Step++;
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostBackAsync()
    {
        Load();
        TakeForm();
        Step = Math.Max(WizardStep.Utilities, Step - 1);
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostFetchAsync(string type)
    {
        if (string.IsNullOrWhiteSpace(type))
            return BadRequest(); // the form always says which document: a post without it is not the form's
        Load();
        var fetched = await api.FetchCertificateAsync(new FetchCertificateRequest(type, IsClerk ? Application.Field("applicant.idNumber") : null));
        if (fetched.Ok)
            Previews[type] = fetched.Value!;
        else
            DocumentError(type, fetched.Problem);
        return await ShowAsync(WizardStep.Documents);
    }

    /// <summary>Every e-certificate the case needs and the form does not hold yet, fetched at once for the applicant to check.</summary>
    public async Task<IActionResult> OnPostFetchAllAsync()
    {
        Load();
        await ShowAsync(WizardStep.Documents);
        foreach (var document in RequiredDocuments.Where(d => d.Source == DocumentSource.Certificate && !Application.Documents.ContainsKey(d.Type)))
        {
            var fetched = await api.FetchCertificateAsync(new FetchCertificateRequest(document.Type, IsClerk ? Application.Field("applicant.idNumber") : null));
            if (fetched.Ok)
                Previews[document.Type] = fetched.Value!;
            else
                DocumentError(document.Type, fetched.Problem);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostConsentAsync(string type, Guid documentId)
    {
        if (string.IsNullOrWhiteSpace(type))
            return BadRequest(); // the form always says which document: a post without it is not the form's
        Load();
        await ConsentAsync(type, documentId);
        return await ShowAsync(WizardStep.Documents);
    }

    /// <summary>The certificates fetched together, approved together: the types and ids in the order the form lists them.</summary>
    public async Task<IActionResult> OnPostConsentAllAsync(string[] type, Guid[] documentId)
    {
        if (type.Length == 0 || type.Length != documentId.Length || type.Any(string.IsNullOrWhiteSpace))
            return BadRequest(); // the form lists each certificate with its id: a post without them is not the form's
        Load();
        foreach (var (certificate, id) in type.Zip(documentId))
            await ConsentAsync(certificate, id);
        return await ShowAsync(WizardStep.Documents);
    }

    private async Task ConsentAsync(string type, Guid documentId)
    {
        var consented = await api.ConsentAsync(documentId);
        if (consented.Ok)
            Application.Documents[type] = new ApplicationDraft.DocumentChoice { DocumentId = documentId, Label = ui.T("电子证照（已确认）", "E-certificate (approved)") };
        else
            DocumentError(type, consented.Problem);
    }

    public async Task<IActionResult> OnPostUploadAsync(string type, IFormFile? file)
    {
        if (string.IsNullOrWhiteSpace(type))
            return BadRequest(); // the form always says which document: a post without it is not the form's
        Load();
        if (file is null)
            Errors[$"documents.{type}"] = [ui.T("请选择要上传的文件", "Choose the file to upload")];
        else
        {
            var uploaded = await api.UploadAsync(type, file, IsClerk ? Application.Field("applicant.idNumber") : null);
            if (uploaded.Ok)
                Application.Documents[type] = new ApplicationDraft.DocumentChoice { DocumentId = uploaded.Value!.Id, Label = file.FileName };
            else
                DocumentError(type, uploaded.Problem);
        }
        return await ShowAsync(WizardStep.Documents);
    }

    public async Task<IActionResult> OnPostCommitAsync(string type, string? signedBy)
    {
        if (string.IsNullOrWhiteSpace(type))
            return BadRequest(); // the form always says which document: a post without it is not the form's
        Load();
        if (string.IsNullOrWhiteSpace(signedBy))
            Errors[$"documents.{type}"] = [ui.T("请签名（填写申请人或代理人姓名）", "Sign with the applicant's or agent's name")];
        else
            Application.Documents[type] = new ApplicationDraft.DocumentChoice { CommitmentSignedBy = signedBy.Trim() };
        return await ShowAsync(WizardStep.Documents);
    }

    public async Task<IActionResult> OnPostSubmitAsync()
    {
        Load();
        var submitted = await api.SubmitApplicationAsync(Application.ToRequest(), Application.IdempotencyKey);
        if (submitted.Ok)
            return LocalRedirect($"/applications/{submitted.Value!.Id}/receipt");
        var problem = submitted.Problem;
        (Problem, Errors) = (problem.Errors.Count > 0 ? problem.Title : problem.Detail ?? problem.Title, new Dictionary<string, string[]>(problem.Errors));
        var first = Errors.Keys.Select(WizardStep.Of).DefaultIfEmpty(WizardStep.Review).Min();
        return await ShowAsync(first);
    }

    public string DraftJson => Application.ToJson();

    public string[]? ErrorsOf(string path) => Errors.GetValueOrDefault(path);

    /// <summary>What the form calls a field the API names by its path, for the list of errors at the top.</summary>
    public string FieldLabel(string path) => path switch
    {
        "utilities" => ui.T("申请事项", "Utilities"),
        "applicant.type" => ui.T("申请人类型", "Applicant type"),
        "applicant.name" => ui.T("姓名或名称", "Name"),
        "applicant.idNumber" => ui.T("证件号码", "Identity number"),
        "applicant.contactName" => ui.T("联系人", "Contact person"),
        "applicant.phone" => ui.T("手机号码", "Mobile number"),
        "applicant.email" => ui.T("电子邮箱", "E-mail"),
        "site.address" => ui.T("地址", "Address"),
        "site.regionCode" => ui.T("所在区县", "District or county"),
        _ when path.StartsWith("utilities.", StringComparison.Ordinal) => $"{ui.Utility(path.Split('.')[1])} · {ui.Field(path.Split('.').Last())}",
        _ when path.StartsWith("documents", StringComparison.Ordinal) => ui.T("材料", "Documents"),
        _ => path,
    };

    private void Load() => Application = ApplicationDraft.FromJson(Draft);

    /// <summary>The step's inputs, named by their path in the application, into the draft.</summary>
    private void TakeForm()
    {
        foreach (var (key, value) in Request.Form.Where(f => f.Key.Contains('.')))
            Application.Fields[key] = value.ToString();
        if (Step == WizardStep.Utilities)
            Application.Utilities = [.. Request.Form["utilities"].Select(u => u!).Distinct()];
    }

    /// <summary>What must be there before going on; the API checks the rest (check digits, ranges) when it is submitted.</summary>
    private Dictionary<string, string[]> StepErrors()
    {
        string[] required = Step switch
        {
            WizardStep.Utilities => ["applicant.type"],
            WizardStep.Details => ["applicant.name", "applicant.idNumber", "applicant.contactName", "applicant.phone", "site.address", "site.regionCode"],
            WizardStep.Requests => [.. Application.Utilities.SelectMany(u => u switch
            {
                "electricity" => ["utilities.electricity.capacityKw", "utilities.electricity.usage"],
                "water" => ["utilities.water.pipeDiameterMm", "utilities.water.usage"],
                "gas" => ["utilities.gas.peakLoadM3PerHour", "utilities.gas.usage"],
                "heat" => ["utilities.heat.heatedAreaM2"],
                _ => new[] { "utilities.network.bandwidthMbps" },
            })],
            _ => [],
        };
        var errors = required.Where(path => string.IsNullOrWhiteSpace(Application.Field(path)))
            .ToDictionary(path => path, _ => new[] { ui.T("必填", "Required") });
        if (Step == WizardStep.Requests)
            foreach (var path in Application.NotNumbers())
                errors[path] = [ui.T("请填写数字", "Enter a number")];
        if (Step == WizardStep.Utilities && Application.Utilities.Count == 0)
            errors["utilities"] = [ui.T("请至少选择一项", "Choose at least one")];
        if (Step == WizardStep.Documents)
            foreach (var type in Request.Form["required"].Where(type => !Application.Documents.ContainsKey(type!)))
                errors[$"documents.{type}"] = [ui.T("请提供此材料，或签署容缺承诺", "Give this document, or commit to give it later")];
        return errors;
    }

    private async Task<IActionResult> ShowAsync(int? step = null)
    {
        Step = step ?? Step;
        if (Step == WizardStep.Documents)
            await PrepareDocumentsAsync();
        else if (Step == WizardStep.Review && await GuideAsync() is { Ok: true } guide)
            RequiredDocuments = guide.Value!.Documents; // the review names each document
        return Page();
    }

    /// <summary>The documents this case needs, with what the applicant already holds chosen for reuse.</summary>
    private async Task PrepareDocumentsAsync()
    {
        var guide = await GuideAsync();
        if (!guide.Ok)
        {
            foreach (var (field, messages) in guide.Problem.Errors)
                Errors[GuideFields.GetValueOrDefault(field, field)] = messages;
            Step = Errors.Keys.Select(WizardStep.Of).DefaultIfEmpty(WizardStep.Requests).Min();
            return;
        }
        RequiredDocuments = guide.Value!.Documents;
        var required = RequiredDocuments.Select(d => d.Type).ToHashSet();
        foreach (var type in Application.Documents.Keys.Where(t => !required.Contains(t)).ToList())
            Application.Documents.Remove(type);
        var wallet = IsClerk
            ? await api.SearchDocumentsAsync(new DocumentSearchRequest(Application.Field("applicant.idNumber")))
            : await api.ListMyDocumentsAsync();
        if (!wallet.Ok)
            return;
        foreach (var held in wallet.Value!.Where(d => required.Contains(d.Type) && !Application.Documents.ContainsKey(d.Type)))
            Application.Documents[held.Type] = new ApplicationDraft.DocumentChoice
            {
                DocumentId = held.Id,
                Label = ui.T("复用已有材料", "Reused from earlier") + $" · {held.FileName ?? ui.Time(held.CreatedAt)}",
            };
    }

    /// <summary>The service guide for the case the draft describes: the documents it needs.</summary>
    private Task<ApiResult<ServiceGuideView>> GuideAsync()
    {
        var query = GuideFields.Where(f => f.Key != "utilities").Select(f => (f.Key, Value: Application.Field(f.Value)))
            .Where(f => f.Value.Length > 0).ToDictionary(f => f.Key, f => (string?)f.Value);
        query["utilities"] = string.Join(',', Application.Utilities);
        return api.GetGuideAsync(query);
    }

    private void DocumentError(string type, HttpValidationProblemDetails problem) => Errors[$"documents.{type}"] = [ui.Problem(problem)];

}
