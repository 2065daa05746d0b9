using Microsoft.AspNetCore.Builder;
using OneStop.Contracts.Documents;
using OneStop.Intake.Documents.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OneStop.Security.PersonalData;
using OneStop.ServiceDefaults;
using OneStop.ServiceDefaults.Identity;
using OneStop.Validation;

namespace OneStop.Intake.Documents.Uploads;

/// <summary>
/// <c>POST /documents</c>, multipart: <c>type</c>, <c>file</c> and, at the counter, the walk-in applicant's
/// <c>idNumber</c>. PDF, JPEG and PNG only — MP4 for a video kind, within its own limit — judged by content; empty,
/// truncated, oversized and disguised files and path-like names are refused. The same file of the same kind again returns the document already held (200).
/// </summary>
public static class UploadDocument
{
    // The multipart envelope and the other fields, on top of the file itself.
    private const long FormOverhead = 64 * 1024;
    private const int MaxFileNameLength = 200;

    public static RouteHandlerBuilder MapUploadDocument(this IEndpointRouteBuilder api) =>
        api.MapPost("/documents", HandleAsync)
            .WithName("UploadDocument")
            .WithSummary("上传材料（PDF、JPEG、PNG；竣工视频为 MP4） / Upload a document (PDF, JPEG, PNG; MP4 for a video of the works)")
            // Bearer tokens, not cookies, authenticate this API: there is no cross-site form to forge.
            .DisableAntiforgery()
            // The handler reads the form itself, so these are its own answers, not the framework's.
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.FileApplications);

    private static async Task<Results<Created<DocumentView>, Ok<DocumentView>, ProblemHttpResult>> HandleAsync(
        HttpContext http, CurrentUser user, IntakeDbContext db, IDocumentStore store, PersonalDataProtector personalData,
        IOptions<DocumentOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        // The kind, and so its limit, is inside the form: the body may be as large as the largest kind allows.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            bodySize.MaxRequestBodySize = Math.Max(options.Value.MaxUploadBytes, options.Value.MaxVideoBytes) + FormOverhead;
        if (!http.Request.HasFormContentType)
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "请以表单上传文件 / Upload as a form",
                detail: "请以 multipart/form-data 发送 type 与 file 字段 / Send the fields type and file as multipart/form-data.");
        if (await http.Request.ReadFormOrNullAsync(cancellationToken) is not { } form)
            return DocumentProblems.Invalid("file", "表单格式有误", "the multipart form is malformed");

        var kind = DocumentKind.Find(form["type"]);
        if (kind is null)
            return DocumentProblems.Invalid("type", $"请选择材料种类：{string.Join("、", DocumentKind.All.Where(k => k.Source == DocumentSource.Upload).Select(k => $"{k.Code}（{k.NameZh}）"))}",
                "choose the kind of document");
        if (kind.Source == DocumentSource.Certificate)
            return DocumentProblems.Invalid("type", $"{kind.NameZh}由平台经您确认后从电子证照库调取，无需上传",
                $"the {kind.NameEn} is fetched from electronic certificates once you agree, never uploaded");
        if (user.HolderIdNumber(form["idNumber"], clock, out var holderProblem) is not { } idNumber)
            return holderProblem!;
        if (form.Files.GetFile("file") is not { } file)
            return DocumentProblems.Invalid("file", "请选择要上传的文件", "attach the file");
        if (FileNameProblem(file.FileName) is { } nameProblem)
            return nameProblem;
        if (file.Length == 0)
            return DocumentProblems.Invalid("file", "文件为空", "the file is empty");
        var limit = kind.Video ? options.Value.MaxVideoBytes : options.Value.MaxUploadBytes;
        if (file.Length > limit)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "文件过大 / File too large",
                detail: $"单个文件不超过 {limit / 1024 / 1024} MiB / A file may be at most {limit / 1024 / 1024} MiB.");

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
            await stream.ReadExactlyAsync(content, cancellationToken);
        var identified = FileContent.Identify(content);
        if (identified is null || (identified.MediaType == FileContent.Mp4) != kind.Video)
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "不支持的文件类型 / Unsupported file type",
                detail: kind.Video
                    ? $"{kind.NameZh}仅接受 MP4 文件（按文件内容判断，与文件名无关） / A {kind.NameEn} must be an MP4 file, judged by its content, not its name."
                    : "仅接受 PDF、JPEG、PNG 文件（按文件内容判断，与文件名无关） / Only PDF, JPEG and PNG files are accepted, judged by their content, not their name.");
        if (!identified.Complete)
            return DocumentProblems.Unprocessable("文件不完整 / Incomplete file",
                "文件似乎被截断或已损坏，请重新上传 / The file seems truncated or damaged; upload it again.");
        var document = Document.Uploaded(personalData.BlindIndex(idNumber), kind, file.FileName, identified.MediaType, content, user.UserName, clock.GetUtcNow());
        var (stored, created) = await db.AddOnceAsync(store, personalData, document, content, http, "document.upload", cancellationToken);
        return created ? TypedResults.Created($"/api/intake/documents/{stored.Id}", stored.View()) : TypedResults.Ok(stored.View());
    }

    /// <summary>A file name is shown, never used as a path; one that looks like a path is refused rather than guessed at.</summary>
    private static ProblemHttpResult? FileNameProblem(string name) =>
        name.Length is 0 or > MaxFileNameLength || !PlainText.IsClean(name) || name.Any(c => c is '/' or '\\' or ':') || name.Contains("..") || name.Trim() is "." || PlainText.IsBlank(name)
            ? DocumentProblems.Invalid("file", $"文件名须为 1–{MaxFileNameLength} 个字符，且不能包含路径、“..”、控制字符或文字方向控制符",
                $"the file name must be 1–{MaxFileNameLength} characters, without a path, '..', control or text-direction characters")
            : null;
}
