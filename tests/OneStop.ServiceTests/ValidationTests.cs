using System.Net;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests;

/// <summary>Every request here is invalid; this class's host never accepts an application, so intake must stay empty.</summary>
public sealed class ValidationTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private readonly OneStopApi _api = host.Api;

    [Theory]
    [InlineData("""{"applicant":null}""", "applicant")]
    [InlineData("""{"site":null}""", "site")]
    [InlineData("""{"utilities":null}""", "utilities")]
    [InlineData("""{"utilities":{"electricity":null}}""", "utilities")] // leaves "utilities": {}
    [InlineData("""{"utilities":{"water2":{"pipeDiameterMm":25,"usage":"residential"}}}""", "utilities.water2")]
    [InlineData("""{"applicant":{"idNumber":"110105194912310021"}}""", "applicant.idNumber")] // check digit should be X
    [InlineData("""{"applicant":{"type":"enterprise","idNumber":"91350100M000100Y44"}}""", "applicant.idNumber")] // check character should be 3
    [InlineData("""{"applicant":{"idNumber":"91350100M000100Y43"}}""", "applicant.idNumber")] // an individual with a credit code
    [InlineData("""{"applicant":{"type":"robot"}}""", "applicant.type")]
    [InlineData("""{"applicant":{"phone":"12345"}}""", "applicant.phone")]
    [InlineData("""{"applicant":{"email":"zhangsan@"}}""", "applicant.email")]
    [InlineData("""{"applicant":{"email":"zhang san@example.cn"}}""", "applicant.email")]
    [InlineData("""{"utilities":{"electricity":{"capacityKw":0}}}""", "utilities.electricity.capacityKw")]
    [InlineData("""{"utilities":{"electricity":{"capacityKw":-5}}}""", "utilities.electricity.capacityKw")]
    [InlineData("""{"utilities":{"electricity":{"capacityKw":100001}}}""", "utilities.electricity.capacityKw")]
    [InlineData("""{"utilities":{"water":{"pipeDiameterMm":5,"usage":"residential"}}}""", "utilities.water.pipeDiameterMm")]
    [InlineData("""{"utilities":{"electricity":{"usage":"casino"}}}""", "utilities.electricity.usage")]
    [InlineData("""{"utilities":{"electricity":{"usage":null}}}""", "utilities.electricity.usage")]
    [InlineData("""{"utilities":{"electricity":{"capacityKw":500,"powerSource":"triple"}}}""", "utilities.electricity.powerSource")]
    [InlineData("""{"site":{"regionCode":"99"}}""", "site.regionCode")]
    [InlineData("""{"site":{"regionCode":"990000"}}""", "site.regionCode")]
    public async Task An_invalid_field_is_a_400_naming_its_path_in_both_languages_and_nothing_is_written(string mergePatch, string field)
    {
        using var response = await _api.PostApplicationAsync(Requests.Valid("electricity").With(mergePatch));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.Errors();
        Assert.Equal([field], errors.Keys);
        Assert.All(errors[field], Bilingual.AssertIs);
        Assert.Equal(0, await host.CountIntakeRowsAsync());
    }
}
