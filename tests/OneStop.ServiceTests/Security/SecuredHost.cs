using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OneStop.ServiceTests.Infrastructure;
using OneStop.Testing;

namespace OneStop.ServiceTests.Security;

/// <summary>
/// The all-in-one host with one application on file: 张三 (demo account zhangsan) applied for electricity (for a shop)
/// and water himself, and both utilities have opened their records.
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

    /// <summary>The documents his application gave, by kind: his identity card, his real-estate certificate, the list of loads.</summary>
    public IReadOnlyDictionary<string, Guid> OwnerDocuments { get; private set; } = new Dictionary<string, Guid>();

    /// <summary>A further application of his for gas, with its documents (the same two, reused).</summary>
    public JsonObject OwnersGasApplication { get; private set; } = [];

    public static JsonObject ApplicationOf(string idNumber, params string[] utilities) =>
        Requests.Valid(utilities).With($$$"""{"applicant":{"idNumber":"{{{idNumber}}}"}}""");

    public async ValueTask InitializeAsync()
    {
        using var owner = ClientFor(Owner);
        // For his shop: electricity beyond a household needs the list of loads, which no other utility reads.
        var body = ApplicationOf(OwnerIdNumber, "electricity", "water").With("""{"utilities":{"electricity":{"usage":"commercial"}}}""");
        using var response = await owner.FileAsync(body, clerk: false, CancellationToken.None);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var submitted = (await response.Content.ReadFromJsonAsync<Submitted>())!;
        (ApplicationId, ApplicationNumber) = (submitted.Id, submitted.Number);
        OwnerDocuments = body["documents"]!.AsArray().ToDictionary(d => (string)d!["type"]!, d => Guid.Parse((string)d!["documentId"]!));
        OwnersGasApplication = await SampleDocuments.AttachAsync(owner, clerk: false, ApplicationOf(OwnerIdNumber, "gas"));
        var application = await Api.WaitUntilInProgressAsync(ApplicationId);
        UtilityRecords = application.Utilities.ToDictionary(u => u.Utility, u => u.UtilityApplicationId!.Value);
    }
}
