namespace OneStop.DeploymentTests;

public static class Apps
{
    public static readonly string[] Services = ["intake", "electricity", "water", "gas", "heat", "network", "notification", "approvals"];

    /// <summary>Every process the deployment runs of ours: the services, the gateway and the portal behind it.</summary>
    public static readonly string[] ServicesAndGateway = [.. Services, "gateway", "portal"];

    /// <summary>A database each: the services, the portal for its key ring, and the gateway (front door) for failed sign-ins.</summary>
    public static readonly string[] WithDatabases = [.. Services, "portal", "frontdoor"];

    public static TheoryData<string> ServiceNames => new(Services);

    public static TheoryData<string> ServiceAndGatewayNames => new(ServicesAndGateway);

    /// <summary>"intake" -> "Intake", as in ConnectionStrings__Intake and services/Intake/.</summary>
    public static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
