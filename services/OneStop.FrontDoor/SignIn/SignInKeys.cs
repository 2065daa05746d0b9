using System.Net;

namespace OneStop.FrontDoor.SignIn;

/// <summary>What failed sign-ins are counted against: the user name tried, and the address it was tried from.</summary>
public static class SignInKeys
{
    public const int MaxLength = 200;
    public const string UserNamePrefix = "user:";
    public const string AddressPrefix = "address:";

    /// <summary>
    /// The user name as the issuer is sent it: without the spaces and control characters around it, which one issuer
    /// would trim (Java's trim() drops every character up to U+0020) and another keep.
    /// </summary>
    public static string Clean(string userName)
    {
        var (start, end) = (0, userName.Length);
        while (start < end && Ignorable(userName[start]))
            start++;
        while (end > start && Ignorable(userName[end - 1]))
            end--;
        return userName[start..end];
    }

    private static bool Ignorable(char c) => c <= ' ' || char.IsWhiteSpace(c);

    /// <summary>Case and surrounding spaces do not make another name (Keycloak's user names are case-insensitive).</summary>
    public static string UserName(string userName)
    {
        var key = UserNamePrefix + Clean(userName).ToLowerInvariant();
        return key.Length <= MaxLength ? key : key[..MaxLength];
    }

    /// <summary>An IPv4 address, or an IPv6 client's /64: one host holds a whole /64 and could try from each address in it.</summary>
    public static string Address(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
            return AddressPrefix + address;
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{AddressPrefix}{new IPAddress(bytes)}/64";
    }

    public static bool IsUserName(string key) => key.StartsWith(UserNamePrefix, StringComparison.Ordinal);
}
