using System.Text.Json.Serialization;

namespace OneStop.ServiceDefaults.Identity;

/// <summary>OAuth 2.0's error body at the token endpoint (RFC 6749 §5.2), from the issuer or the front door before it.</summary>
public sealed record TokenError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string Description);
