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
    // Text nobody can see is no name, and text that hides or reorders characters is refused.
    [InlineData("""{"applicant":{"name":"\u0000\u0000\u0000"}}""", "applicant.name")]
    [InlineData("""{"applicant":{"contactName":"\u200B\u200B\u200B"}}""", "applicant.contactName")]
    [InlineData("""{"site":{"address":"\uFEFF\u200D\u200C\u2060\u200B\u00A0"}}""", "site.address")]
    [InlineData("""{"site":{"address":"浙江省杭州市\u0000西湖区文三路100号"}}""", "site.address")]
    [InlineData("""{"applicant":{"name":"杭州\u202Egnp.exe科技有限公司"}}""", "applicant.name")]
    // One name, not a number or several joined by commas.
    [InlineData("""{"utilities":{"electricity":{"usage":"commercial,residential"}}}""", "utilities.electricity.usage")]
    [InlineData("""{"utilities":{"electricity":{"usage":"commercial, industrial"}}}""", "utilities.electricity.usage")]
    [InlineData("""{"utilities":{"electricity":{"usage":"1"}}}""", "utilities.electricity.usage")]
    [InlineData("""{"applicant":{"type":"individual,enterprise"}}""", "applicant.type")]
    [InlineData("""{"utilities":{"electricity":{"capacityKw":500,"powerSource":"single,dual"}}}""", "utilities.electricity.powerSource")]
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
