using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace OneStop.Portal.Infrastructure;

/// <summary>
/// What every post must be before a page reads it: a form that can be read (else 400, ahead of the anti-forgery check,
/// which would otherwise fail reading it), aimed at a handler the page has (else 404: the page would be shown unloaded).
/// </summary>
public sealed class FormGuard : IAsyncAuthorizationFilter, IOrderedFilter, IAsyncPageFilter
{
    /// <summary>Before the anti-forgery check (order 1000).</summary>
    public int Order => 0;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || Navigation.ShowingFailure(context.HttpContext))
            return;
        if (!request.HasFormContentType)
        {
            context.Result = new BadRequestResult();
            return;
        }
        try
        {
            await request.ReadFormAsync(context.HttpContext.RequestAborted);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or FormatException or BadHttpRequestException)
        {
            context.Result = new BadRequestResult();
        }
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !Navigation.ShowingFailure(context.HttpContext))
        {
            context.Result = new NotFoundResult();
            return;
        }
        await next();
    }
}
