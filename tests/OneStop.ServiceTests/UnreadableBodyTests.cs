using System.Net;
using System.Net.Http.Json;
using System.Text;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests;

/// <summary>Bodies the JSON reader cannot turn into a request at all. Real Kestrel, because only it enforces the size limit.</summary>
public sealed class UnreadableBodyTests(KestrelServiceHost host) : IClassFixture<KestrelServiceHost>
{
    private readonly OneStopApi _api = host.Api;

    [Fact]
    public async Task Truncated_json_is_a_400_problem_that_says_what_is_wrong()
    {
        var json = Requests.Valid("electricity").ToJsonString();

        using var response = await PostAsync(new StringContent(json[..(json.Length / 2)], Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
        Bilingual.AssertIs((string?)problem["title"]);
        Assert.Equal(0, await host.CountIntakeRowsAsync());
    }

    // The framework's writer declines problem details when Accept leaves JSON out: the 400 went out with no body.
    [Fact]
    public async Task Truncated_json_is_a_400_problem_also_to_a_client_that_accepts_only_html()
    {
        var json = Requests.Valid("electricity").ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, OneStopApi.ApplicationsPath)
        {
            Content = new StringContent(json[..(json.Length / 2)], Encoding.UTF8, "application/json"),
            Headers = { { "Accept", "text/html" } },
        };

        using var response = await _api.Http.SendAsync(request, TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await host.CountIntakeRowsAsync());
    }

    // The JSON reader looks the charset up before it reads, and threw on one that names no encoding.
    [Theory]
    [InlineData("application/json; charset=bogus")]
    [InlineData("application/json; charset=\"\"")]
    public async Task A_json_body_in_a_charset_that_names_no_encoding_is_a_415_problem(string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Requests.Valid("electricity").ToJsonString()));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await PostAsync(content);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Bilingual.AssertIs((string?)problem["detail"]);
        Assert.Equal(0, await host.CountIntakeRowsAsync());
    }

    [Fact]
    public async Task A_value_of_the_wrong_json_type_is_a_400_problem_naming_its_path()
    {
        var body = Requests.Valid("electricity").With("""{"utilities":{"electricity":{"capacityKw":"lots"}}}""");

        using var response = await PostAsync(JsonContent.Create(body));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["utilities.electricity.capacityKw"], problem.Errors().Keys);
        var detail = (string)problem["detail"]!;
        Assert.Contains("utilities.electricity.capacityKw", detail);
        Bilingual.AssertIs(detail);
        Assert.DoesNotContain("OneStop.", detail); // no server type names
        Assert.Equal(0, await host.CountIntakeRowsAsync());
    }

    [Theory]
    [InlineData("""{"utilities":{"electricity":{"capacityKw":"120"}}}""", "utilities.electricity.capacityKw")]
    [InlineData("""{"utilities":{"water":{"pipeDiameterMm":"25","usage":"commercial"}}}""", "utilities.water.pipeDiameterMm")]
    public async Task A_number_sent_as_a_string_is_a_400_problem_naming_its_path(string mergePatch, string field)
    {
        using var response = await PostAsync(JsonContent.Create(Requests.Valid("electricity").With(mergePatch)));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.Errors().Keys);
        Assert.Equal(0, await host.CountIntakeRowsAsync());
    }

    [Fact]
    public async Task Any_json_body_over_64_KiB_is_a_413_problem_not_only_a_submission()
    {
        var answer = new string('长', 30_000);
        using var applicant = host.ClientFor("zhangsan");

        using var response = await applicant.PostAsJsonAsync($"{OneStopApi.ApplicationsPath}/{Guid.NewGuid()}/utilities/electricity/corrections/{Guid.NewGuid()}/answer",
            new { answer }, TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Bilingual.AssertIs((string?)problem["title"]);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        using var response = await PostAsync(new StringContent(Requests.Valid("electricity").ToJsonString(), Encoding.UTF8, "text/plain"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Bilingual.AssertIs((string?)problem["title"]);
        Assert.Equal(0, await host.CountIntakeRowsAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // chunked: the limit must hold while reading, not only when checking Content-Length
    public async Task A_body_over_64_KiB_is_a_413_problem(bool withContentLength)
    {
        var body = Requests.Valid("electricity");
        body["site"]!["address"] = new string('长', 30_000); // three UTF-8 bytes each
        HttpContent content = withContentLength
            ? new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json")
            : JsonContent.Create(body);
        Assert.True(Encoding.UTF8.GetByteCount(body.ToJsonString()) > 64 * 1024);

        using var response = await PostAsync(content);

        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Bilingual.AssertIs((string?)problem["title"]);
        Assert.Equal(0, await host.CountIntakeRowsAsync());
    }

    private Task<HttpResponseMessage> PostAsync(HttpContent content) =>
        _api.Http.PostAsync(OneStopApi.ApplicationsPath, content, TestContext.Current.CancellationToken);
}
