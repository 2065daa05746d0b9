using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OneStop.Testing;

namespace OneStop.ServiceTests.Infrastructure;

public static class Filing
{
    /// <summary>Files an application as whoever <paramref name="client"/> is signed in as, with the documents its case needs.</summary>
    public static async Task<HttpResponseMessage> FileAsync(this HttpClient client, JsonObject body, bool clerk, CancellationToken cancellationToken)
    {
        await SampleDocuments.AttachAsync(client, clerk, body, cancellationToken);
        return await client.PostAsJsonAsync(OneStopApi.ApplicationsPath, body, cancellationToken);
    }
}
