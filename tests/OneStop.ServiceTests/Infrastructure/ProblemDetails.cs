using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OneStop.ServiceTests.Infrastructure;

public static class ProblemDetails
{
    /// <summary>Asserts an RFC 9457 problem response with the given status and returns its body.</summary>
    public static async Task<JsonObject> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
        Assert.Equal((int)status, (int)problem["status"]!);
        return problem;
    }

    /// <summary>The field paths of a validation problem's errors, and their messages.</summary>
    public static Dictionary<string, string[]> Errors(this JsonObject problem) =>
        problem["errors"]!.AsObject().ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(m => (string)m!).ToArray());
}
