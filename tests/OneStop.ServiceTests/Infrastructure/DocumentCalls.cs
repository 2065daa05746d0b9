using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OneStop.ServiceTests.Infrastructure;

/// <summary>The document endpoints as the portal calls them.</summary>
public static class DocumentCalls
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string type, byte[] content, string fileName,
        string declaredType = "application/pdf", string? idNumber = null)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        var form = new MultipartFormDataContent { { new StringContent(type), "type" }, { file, "file", fileName } };
        if (idNumber is not null)
            form.Add(new StringContent(idNumber), "idNumber");
        return client.PostAsync("/api/intake/documents", form, Cancellation);
    }

    public static Task<HttpResponseMessage> FetchCertificateAsync(this HttpClient client, string type, string? idNumber = null) =>
        client.PostAsJsonAsync("/api/intake/certificates", new { type, idNumber }, Cancellation);

    public static Task<HttpResponseMessage> ConsentAsync(this HttpClient client, Guid documentId) =>
        client.PostAsync($"/api/intake/documents/{documentId}/consent", null, Cancellation);

    public static async Task<JsonObject> GuideAsync(this HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/intake/guide?{query}", Cancellation))!;

    public static async Task<JsonArray> WalletAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<JsonArray>("/api/intake/documents", Cancellation))!;

    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>(Cancellation))!;

    public static Guid Id(this JsonObject node) => Guid.Parse((string)node["id"]!);
}
