using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OneStop.ServiceDefaults;

/// <summary>
/// Which client a request came from (the audit log, the limits per address). X-Forwarded-For is believed only from a
/// proxy on a network listed in <c>ForwardedHeaders:TrustedNetworks</c> (the gateway, for the services behind it; an
/// ingress, for the gateway), and only its last entry, the address that proxy saw. From anyone else it is ignored, so a
/// client cannot write its own address. Nothing is trusted by default, not even loopback: the all-in-one host and the
/// gateway are front doors.
/// </summary>
public static class ForwardedClients
{
    public static WebApplicationBuilder AddForwardedClients(this WebApplicationBuilder builder)
    {
        var trusted = builder.Configuration.GetSection("ForwardedHeaders:TrustedNetworks").Get<string[]>() ?? [];
        var networks = trusted.Select(network => System.Net.IPNetwork.TryParse(network, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"ForwardedHeaders:TrustedNetworks: '{network}' is no network in CIDR form (e.g. 10.0.0.0/8).")).ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            // With no proxy known the middleware would believe any: then it reads no header at all.
            options.ForwardedHeaders = networks.Count > 0 ? ForwardedHeaders.XForwardedFor : ForwardedHeaders.None;
            options.ForwardLimit = 1;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return builder;
    }
}
