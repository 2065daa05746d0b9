namespace OneStop.ServiceDefaults.Identity;

/// <summary>Claim names as issued by Keycloak's mappers and the built-in issuer alike (inbound claim mapping is off).</summary>
public static class OneStopClaims
{
    public const string Subject = "sub";
    public const string UserName = "preferred_username";
    public const string Name = "name";
    public const string Roles = "roles";
    /// <summary>The utility an operator belongs to: electricity, water, gas, heat or network.</summary>
    public const string Utility = "utility";
    /// <summary>The government department an approver belongs to: urbanManagement, trafficPolice, greening or planning.</summary>
    public const string Department = "department";
    /// <summary>An applicant's verified identity: resident identity number or unified social credit code (实名认证).</summary>
    public const string IdNumber = "id_number";
    /// <summary>The OAuth client the token was issued to (the portal, the command line, …).</summary>
    public const string ClientId = "azp";
}
