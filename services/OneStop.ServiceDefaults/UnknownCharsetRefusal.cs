using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace OneStop.ServiceDefaults;

/// <summary>
/// A JSON body declared in a charset that names no encoding ("application/json; charset=bogus") is a 415. The
/// framework's JSON reader looks the charset up before reading and throws on an unknown one, which would be a 500.
/// </summary>
public static class UnknownCharsetRefusal
{
    public static IApplicationBuilder UseUnknownCharsetRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.HasJsonContentType() && !IsKnown(MediaTypeHeaderValue.Parse(context.Request.ContentType)))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status415UnsupportedMediaType,
                    Detail = "无法识别请求体声明的字符集，请以 UTF-8 发送 / The body's charset is not a known encoding: send it as UTF-8.",
                },
            });
            return;
        }
        await next(context);
    });

    private static bool IsKnown(MediaTypeHeaderValue type)
    {
        if (!type.Charset.HasValue)
            return true;
        try
        {
            Encoding.GetEncoding(HeaderUtilities.RemoveQuotes(type.Charset).ToString());
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
