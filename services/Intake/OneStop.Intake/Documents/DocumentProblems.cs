using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OneStop.Intake.Documents;

/// <summary>The problem answers the document endpoints share, worded Chinese first with English alongside.</summary>
public static class DocumentProblems
{
    public static ProblemHttpResult Invalid(string field, string chinese, string english) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [$"{chinese} / {english}"] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "请求内容有误 / The request has errors",
        });

    public static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到该材料 / Document not found",
            detail: $"没有编号为 {id} 的材料 / There is no document with id {id}.");

    public static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "只能办理本人或本单位的材料 / Only your own documents",
            detail: "证件号码须与登录账号的实名信息一致 / idNumber must be the identity number of the signed-in account.");

    public static ProblemHttpResult Unprocessable(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: title, detail: detail);
}
