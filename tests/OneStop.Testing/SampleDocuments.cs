using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OneStop.Testing;

/// <summary>
/// Gives an application body the one document set its case needs, as the portal does: what the applicant's wallet
/// already holds is reused; certificates are fetched and consented to; the rest is uploaded (a small PDF).
/// </summary>
public static class SampleDocuments
{
    /// <summary>
    /// Adds <c>documents</c> unless the body has them, or its case cannot have them (an invalid identity number, one the
    /// certificate service does not know): then the submission's own answer is what a test looks at. <paramref name="filer"/> is signed in as the applicant itself, or as the counter clerk.
    /// </summary>
    public static async Task<JsonObject> AttachAsync(HttpClient filer, bool clerk, JsonObject body, CancellationToken cancellationToken = default)
    {
        if (body.ContainsKey("documents") || GuideQuery(body) is not { } query || (string?)body["applicant"]?["idNumber"] is not { } idNumber)
            return body;
        using var guideResponse = await filer.GetAsync($"/api/intake/guide?{query}", cancellationToken);
        if (!guideResponse.IsSuccessStatusCode)
            return body;
        var guide = (await guideResponse.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!;
        var wallet = await WalletAsync(filer, clerk, idNumber, cancellationToken);
        var documents = new JsonArray();
        foreach (var required in guide["documents"]!.AsArray().Select(d => d!.AsObject()))
        {
            var type = (string)required["type"]!;
            var id = wallet.FirstOrDefault(d => (string)d!["type"]! == type)?["id"]?.GetValue<string>()
                ?? ((string)required["provision"]! == "upload"
                    ? await UploadAsync(filer, clerk, idNumber, type, cancellationToken)
                    : await FetchAndConsentAsync(filer, clerk, idNumber, type, cancellationToken));
            if (id is null)
                return body;
            documents.Add(new JsonObject { ["type"] = type, ["documentId"] = id });
        }
        body["documents"] = documents;
        return body;
    }

    /// <summary>The guide's query for a body: applicant type, utilities and what decides their cases.</summary>
    public static string? GuideQuery(JsonObject body)
    {
        if ((string?)body["applicant"]?["type"] is not { } type || body["utilities"] is not JsonObject utilities)
            return null;
        var query = new List<(string Key, string? Value)> { ("applicantType", type), ("utilities", string.Join(',', utilities.Select(u => u.Key))) };
        if (utilities["electricity"] is JsonObject electricity)
            query.AddRange([("capacityKw", electricity["capacityKw"]?.ToString()), ("electricityUsage", (string?)electricity["usage"]),
                ("powerSource", (string?)electricity["powerSource"])]);
        query.Add(("waterUsage", (string?)utilities["water"]?["usage"]));
        query.Add(("gasUsage", (string?)utilities["gas"]?["usage"]));
        return string.Join('&', query.Where(q => q.Value is not null).Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value!)}"));
    }

    public static async Task<string?> UploadAsync(HttpClient filer, bool clerk, string idNumber, string type, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(type), "type");
        if (clerk)
            form.Add(new StringContent(idNumber), "idNumber");
        var file = new ByteArrayContent(SampleFiles.Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", $"{type}.pdf");
        using var response = await filer.PostAsync("/api/intake/documents", form, cancellationToken);
        return await IdOfAsync(response, cancellationToken);
    }

    public static async Task<string?> FetchAndConsentAsync(HttpClient filer, bool clerk, string idNumber, string type, CancellationToken cancellationToken)
    {
        using var fetched = await filer.PostAsJsonAsync("/api/intake/certificates", new { type, idNumber = clerk ? idNumber : null }, cancellationToken);
        if (await IdOfAsync(fetched, cancellationToken) is not { } id)
            return null;
        using var consented = await filer.PostAsync($"/api/intake/documents/{id}/consent", null, cancellationToken);
        return await IdOfAsync(consented, cancellationToken);
    }

    private static async Task<JsonArray> WalletAsync(HttpClient filer, bool clerk, string idNumber, CancellationToken cancellationToken)
    {
        using var response = clerk
            ? await filer.PostAsJsonAsync("/api/intake/documents/search", new { idNumber }, cancellationToken)
            : await filer.GetAsync("/api/intake/documents", cancellationToken);
        return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonArray>(cancellationToken))! : [];
    }

    private static async Task<string?> IdOfAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        response.IsSuccessStatusCode ? (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["id"] : null;
}
