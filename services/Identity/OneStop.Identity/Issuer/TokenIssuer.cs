using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OneStop.Contracts.Approvals;
using OneStop.Identity.Accounts;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Identity.Issuer;

/// <summary>Signs access tokens with the claims Keycloak's realm mappers produce (roles, utility, department, id_number, audience).</summary>
public sealed class TokenIssuer(SigningKeys keys, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public string Issue(Account account, string clientId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            [OneStopClaims.Subject] = account.UserName,
            [OneStopClaims.UserName] = account.UserName,
            [OneStopClaims.Name] = account.Name,
            [OneStopClaims.Roles] = new[] { account.Role },
            [OneStopClaims.ClientId] = clientId,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString(),
        };
        if (account.Utility is { } utility)
            claims[OneStopClaims.Utility] = utility.ToString().ToLowerInvariant();
        if (account.Department is { } department)
            claims[OneStopClaims.Department] = department.Key();
        if (account.IdNumber is { } idNumber)
            claims[OneStopClaims.IdNumber] = idNumber;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = keys.Issuer,
            Audience = ServiceAuthentication.DefaultAudience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            Claims = claims,
            SigningCredentials = keys.Credentials,
        });
    }
}
