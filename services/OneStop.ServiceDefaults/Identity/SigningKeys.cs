using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace OneStop.ServiceDefaults.Identity;

/// <summary>
/// The built-in issuer's RSA key: generated on first start and kept in the data folder, so tokens survive a restart
/// and nothing secret is in the repository. Distributed deployments use Keycloak's keys instead.
/// </summary>
public sealed class SigningKeys
{
    private SigningKeys(string issuer, RSA rsa)
    {
        Issuer = issuer;
        Key = new RsaSecurityKey(rsa);
        Key.KeyId = Base64UrlEncoder.Encode(Key.ComputeJwkThumbprint());
        var publicKey = rsa.ExportParameters(includePrivateParameters: false);
        PublicJwk = new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = SecurityAlgorithms.RsaSha256,
            ["kid"] = Key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(publicKey.Modulus),
            ["e"] = Base64UrlEncoder.Encode(publicKey.Exponent),
        };
    }

    public string Issuer { get; }
    public RsaSecurityKey Key { get; }
    /// <summary>The public half in RFC 7517 form, as served in the JWKS document.</summary>
    public IReadOnlyDictionary<string, string> PublicJwk { get; }
    public SigningCredentials Credentials => new(Key, SecurityAlgorithms.RsaSha256);

    public static SigningKeys LoadOrCreate(string issuer, string dataDirectory)
    {
        var pem = DataDirectory.ReadOrCreateSecret(Path.Combine(dataDirectory, "identity", "signing-key.pem"), () =>
        {
            using var generated = RSA.Create(2048);
            return generated.ExportPkcs8PrivateKeyPem();
        });
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return new SigningKeys(issuer, rsa);
    }
}
