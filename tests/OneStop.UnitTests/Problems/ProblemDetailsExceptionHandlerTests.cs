using System.Data.Common;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OneStop.ServiceDefaults;

namespace OneStop.UnitTests.Problems;

/// <summary>
/// A database that cannot be reached for the moment (the chaos run kills PostgreSQL under load) is a 503 the client may
/// retry, not a 500; any other failure stays a 500 that says nothing of its cause.
/// </summary>
public sealed class ProblemDetailsExceptionHandlerTests
{
    [Fact]
    public async Task A_transient_database_failure_wrapped_by_EF_Core_is_503_with_retry_after()
    {
        var (status, retryAfter, body) = await HandleAsync(new DbUpdateException("saving failed", new Unreachable(transient: true)));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, status);
        Assert.Equal("5", retryAfter);
        Assert.Equal("服务暂不可用 / Service unavailable", (string?)body["title"]);
        Assert.Contains("try again", (string?)body["detail"]);
    }

    [Fact]
    public async Task A_lasting_database_failure_or_any_other_is_500_without_its_message()
    {
        foreach (var failure in new Exception[] { new Unreachable(transient: false), new InvalidOperationException("secret detail") })
        {
            var (status, retryAfter, body) = await HandleAsync(failure);

            Assert.Equal(StatusCodes.Status500InternalServerError, status);
            Assert.Null(retryAfter);
            Assert.DoesNotContain(failure.Message, body.ToJsonString());
        }
    }

    private static async Task<(int Status, string? RetryAfter, JsonObject Body)> HandleAsync(Exception exception)
    {
        await using var services = new ServiceCollection().AddLogging()
            .AddProblemDetails(options => options.CustomizeProblemDetails = ProblemWording.Apply).BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services, Response = { Body = new MemoryStream() } };
        var handler = new ProblemDetailsExceptionHandler(services.GetRequiredService<IProblemDetailsService>(),
            NullLogger<ProblemDetailsExceptionHandler>.Instance);

        Assert.True(await handler.TryHandleAsync(context, exception, TestContext.Current.CancellationToken));

        context.Response.Body.Position = 0;
        var body = (JsonNode.Parse(context.Response.Body) as JsonObject)!;
        return (context.Response.StatusCode, context.Response.Headers.RetryAfter.FirstOrDefault(), body);
    }

    private sealed class Unreachable(bool transient) : DbException("connection refused")
    {
        public override bool IsTransient => transient;
    }
}
