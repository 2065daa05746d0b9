using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.FrontDoor.SignIn;

/// <summary>Administrators see which user names and addresses are locked, release one (audited), and read that audit log.</summary>
public static class LockoutsApi
{
    public sealed record ReleaseRequest(string? Key);

    public static void MapLockouts(this IEndpointRouteBuilder api)
    {
        api.MapGet("/lockouts", async (SignInThrottle throttle, CancellationToken cancellationToken) => TypedResults.Ok(await throttle.LockedAsync(cancellationToken)))
            .WithName("ListSignInLockouts")
            .WithSummary("当前被锁定的用户名和地址 / User names and addresses locked now")
            .RequireAuthorization(Policies.ManageAccounts);
        api.MapPost("/lockouts/release", ReleaseAsync)
            .WithName("ReleaseSignInLockout")
            .WithSummary("解除锁定 / Release a lock")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.ManageAccounts);
        api.MapAuditLog<FrontDoorDbContext>(Policies.ManageAccounts);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ReleaseAsync(ReleaseRequest request, SignInThrottle throttle,
        HttpContext http, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Key) || request.Key.Length > SignInKeys.MaxLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["key"] = ["请给出锁定列表中的键，如 user:hz-tech / give a key from the list of locks, e.g. user:hz-tech"],
            });
        return await throttle.ReleaseAsync(request.Key, AuditActor.Of(http), cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "没有该锁定 / No such lock",
                detail: $"“{request.Key}”近期没有失败的登录 / '{request.Key}' has no recent failed sign-ins.");
    }
}
