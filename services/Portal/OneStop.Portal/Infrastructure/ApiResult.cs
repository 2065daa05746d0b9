using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;

namespace OneStop.Portal.Infrastructure;

/// <summary>A service's answer as its own record, or its problem details (field errors keyed by JSON path).</summary>
public sealed record ApiResult<T>(T? Value, HttpValidationProblemDetails? Problem)
{
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Ok => Problem is null;
}
