using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OneStop.ServiceDefaults;

/// <summary>
/// A host's own pages for the failures of the requests it serves to people (the portal's), where every other request
/// keeps RFC 9457 problem details. MapDefaultEndpoints runs them inside the problem-details handlers, so that they see
/// a failure first, and outside authentication and authorization, so that they also see a 403 those answer.
/// </summary>
public sealed class ErrorPages(Func<HttpContext, bool> serves, Action<IApplicationBuilder> handlers)
{
    public bool Serves(HttpContext http) => serves(http);

    public void Use(IApplicationBuilder app)
    {
        app.UseWhen(Serves, handlers);
        // Routing after them, so that a failure they re-execute as a page is routed to that page: in a branch of its own
        // the framework would not route it again.
        app.UseRouting();
        // A path of theirs that nothing maps is not found; with no endpoint, the services' sign-in rule would answer 401.
        app.Use((http, next) =>
        {
            if (http.GetEndpoint() is not null || !Serves(http))
                return next(http);
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    }
}
