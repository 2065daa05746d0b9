using System.Net;
using System.Net.Http.Json;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Security;

/// <summary>
/// The all-in-one host with one application on file: 张三 (demo account zhangsan) applied for electricity and water
/// himself, and both utilities have opened their records.
/// </summary>
public sealed class SecuredHost : ServiceHost, IAsyncLifetime
{
    public const string Owner = "zhangsan";
    public const string OwnerIdNumber = "33010619900101123X";
    public const string OtherApplicant = "lisi";
    public const string OtherIdNumber = "330106198506152340";

    public Guid ApplicationId { get; private set; }
    public string ApplicationNumber { get; private set; } = "";
    public IReadOnlyDictionary<string, Guid> UtilityRecords { get; private set; } = new Dictionary<string, Guid>();

    public static System.Text.Json.Nodes.JsonObject ApplicationOf(string idNumber, params string[] utilities) =>
        Requests.Valid(utilities).With($$$"""{"applicant":{"idNumber":"{{{idNumber}}}"}}""");

    public async ValueTask InitializeAsync()
    {
        using var owner = ClientFor(Owner);
        using var response = await owner.PostAsJsonAsync(OneStopApi.ApplicationsPath, ApplicationOf(OwnerIdNumber, "electricity", "water"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var submitted = (await response.Content.ReadFromJsonAsync<Submitted>())!;
        (ApplicationId, ApplicationNumber) = (submitted.Id, submitted.Number);
        var application = await Api.WaitUntilInProgressAsync(ApplicationId);
        UtilityRecords = application.Utilities.ToDictionary(u => u.Utility, u => u.UtilityApplicationId!.Value);
    }
}
