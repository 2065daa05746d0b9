using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly;
using OneStop.Contracts.Documents;

namespace OneStop.Intake.Documents.Certificates;

/// <summary>
/// The government data-sharing service over HTTPS: <c>POST {Endpoint}/certificates/query</c> with
/// <c>{"type","holderId"}</c>, signed with the platform's application secret (HMAC-SHA256 over the application id, the
/// timestamp and the body), so that the holder's number travels in the body and never in a URL. 200 is the record,
/// 404 none; anything else, or no answer within the timeout, means the service is unavailable.
/// </summary>
public sealed class DataSharingCertificateClient(HttpClient http, IOptions<CertificateOptions> options, TimeProvider clock) : IElectronicCertificates
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<CertificateRecord?> FindAsync(string type, string holderId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var body = JsonSerializer.Serialize(new { type, holderId }, Json);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.BaseAddress, "certificates/query"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-App-Id", settings.AppId);
        request.Headers.Add("X-Timestamp", timestamp);
        request.Headers.Add("X-Signature", Signature(settings.AppSecret, settings.AppId, timestamp, body));
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
                return null;
            if (!response.IsSuccessStatusCode)
                throw new CertificateServiceUnavailableException($"The certificate service answered {(int)response.StatusCode}.");
            return await response.Content.ReadFromJsonAsync<CertificateRecord>(Json, cancellationToken)
                ?? throw new CertificateServiceUnavailableException("The certificate service answered with an empty body.");
        }
        // The resilience pipeline gives up with its own exceptions: a timeout, or a circuit open after repeated failures.
        catch (Exception failure) when (failure is HttpRequestException or JsonException or ExecutionRejectedException
            or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new CertificateServiceUnavailableException("The certificate service could not be reached.", failure);
        }
    }

    /// <summary>Lower-case hex HMAC-SHA256 of "{appId}\n{timestamp}\n{body}" under the application secret.</summary>
    public static string Signature(string secret, string appId, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{appId}\n{timestamp}\n{body}")));
}
