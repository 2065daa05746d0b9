using Microsoft.AspNetCore.Http;

namespace OneStop.ServiceDefaults;

/// <summary>
/// Chinese-first titles (and, where the status alone says enough, details) for every problem this platform answers
/// with, including those written by the framework itself (404 for an unknown route, 413, 415).
/// </summary>
public static class ProblemWording
{
    private static readonly Dictionary<int, (string Title, string? Detail)> ByStatus = new()
    {
        [StatusCodes.Status400BadRequest] = ("请求无效 / Bad request", null),
        [StatusCodes.Status401Unauthorized] = ("未登录 / Not signed in", null),
        [StatusCodes.Status403Forbidden] = ("无权操作 / Forbidden", null),
        [StatusCodes.Status404NotFound] = ("未找到 / Not found", null),
        [StatusCodes.Status405MethodNotAllowed] = ("不支持该请求方法 / Method not allowed", null),
        [StatusCodes.Status409Conflict] = ("状态冲突 / Conflict", null),
        [StatusCodes.Status413PayloadTooLarge] = ("请求内容过大 / Request body too large",
            "请求体超过此接口允许的大小 / The request body is larger than this endpoint accepts."),
        [StatusCodes.Status415UnsupportedMediaType] = ("不支持的内容类型 / Unsupported media type",
            "请以 application/json 发送请求体 / Send the body as application/json."),
        [StatusCodes.Status422UnprocessableEntity] = ("无法处理的请求 / Unprocessable request", null),
        [StatusCodes.Status429TooManyRequests] = ("请求过于频繁 / Too many requests", null),
        [StatusCodes.Status500InternalServerError] = ("服务器内部错误 / Internal server error", null),
        [StatusCodes.Status503ServiceUnavailable] = ("服务暂不可用 / Service unavailable", null),
    };

    /// <summary>Fills in what an endpoint left open; a title an endpoint chose itself (bilingual, with " / ") stays.</summary>
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status is not { } status || !ByStatus.TryGetValue(status, out var wording))
            return;
        if (problem.Title is null || !problem.Title.Contains(" / "))
            problem.Title = wording.Title;
        problem.Detail ??= wording.Detail;
    }
}
