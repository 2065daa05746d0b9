using System.Net;

namespace OneStop.FrontDoor.SignIn;

/// <summary>What failed sign-ins are counted against: the user name tried, and the address it was tried from.</summary>
public static class SignInKeys
{
    public const int MaxLength = 200;
    public const string UserNamePrefix = "user:";
    public const string AddressPrefix = "address:";

    /// <summary>Case and surrounding spaces do not make another name (Keycloak's user names are case-insensitive).</summary>
    public static string UserName(string userName)
    {
        var key = UserNamePrefix + userName.Trim().ToLowerInvariant();
        return key.Length <= MaxLength ? key : key[..MaxLength];
    }

    public static string Address(IPAddress address) => AddressPrefix + (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    public static bool IsUserName(string key) => key.StartsWith(UserNamePrefix, StringComparison.Ordinal);
}
