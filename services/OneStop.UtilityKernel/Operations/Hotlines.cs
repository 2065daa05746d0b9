using Microsoft.Extensions.Configuration;
using OneStop.Contracts;

namespace OneStop.UtilityKernel.Operations;

/// <summary>
/// A utility's service hotline, given to applicants with their 客户经理: <c>Hotlines:&lt;Utility&gt;</c> (e.g.
/// <c>Hotlines:Water=…</c>). Electricity's 95598 is the same across China; the others are local and have no default.
/// </summary>
public static class Hotlines
{
    public static string? Of(IConfiguration configuration, UtilityKind utility) =>
        configuration[$"Hotlines:{utility}"] is { Length: > 0 } configured ? configured
        : utility == UtilityKind.Electricity ? "95598"
        : null;
}
