using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using OneStop.Messaging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneStop.Security.Audit;
using OneStop.Security.PersonalData;
using OneStop.ServiceDefaults.Identity;
using OneStop.Notification.Notifications;

namespace OneStop.Notification.Recipients;

/// <summary><c>GET/PUT /preferences</c>: the applicant switches SMS and e-mail on or off; its inbox always gets everything.</summary>
public static class Preferences
{
    // Compiled: every notice reads the applicant's choice.
    private static readonly CompiledQuery<Func<NotificationDbContext, string, CancellationToken, Task<ContactPreference?>>> PreferenceOf = new(() =>
        EF.CompileAsyncQuery((NotificationDbContext db, string applicantKey, CancellationToken _) =>
            db.Preferences.SingleOrDefault(p => p.ApplicantKey == applicantKey)));

    public sealed record View(bool Sms, bool Email, bool Inbox = true);

    public sealed record Change(bool? Sms, bool? Email);

    public static void MapPreferences(this IEndpointRouteBuilder api)
    {
        api.MapGet("/preferences", GetAsync).WithSummary("我的通知方式 / My notification channels").RequireAuthorization(Policies.ApplicantOwn);
        api.MapPut("/preferences", SetAsync).WithSummary("设置通知方式（站内信始终开启） / Choose channels (the inbox stays on)")
            .RequireAuthorization(Policies.ApplicantOwn);
    }

    private static async Task<Results<Ok<View>, ProblemHttpResult>> GetAsync(CurrentUser user, NotificationDbContext db, PersonalDataProtector personalData,
        CancellationToken cancellationToken)
    {
        if (user.IdNumber is not { } own)
            return NoIdentity();
        var preference = await db.PreferenceOfAsync(personalData.BlindIndex(own), cancellationToken);
        return TypedResults.Ok(new View(preference.Sms, preference.Email));
    }

    private static async Task<Results<Ok<View>, ValidationProblem, ProblemHttpResult>> SetAsync(Change change, CurrentUser user, HttpContext http, NotificationDbContext db,
        PersonalDataProtector personalData, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (change.Sms is null || change.Email is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [change.Sms is null ? "sms" : "email"] = ["必填（true 或 false） / required (true or false)"],
            }, title: "请求内容有误 / The request has errors");
        if (user.IdNumber is not { } own)
            return NoIdentity();
        var key = personalData.BlindIndex(own);
        var preference = await db.PreferenceOfAsync(key, cancellationToken);
        if (db.Entry(preference).State == Microsoft.EntityFrameworkCore.EntityState.Detached)
            db.Preferences.Add(preference);
        var now = clock.GetUtcNow();
        preference.Set(change.Sms.Value, change.Email.Value, now);
        db.Audit(http, "notification.preferences", "notification-preferences", key, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new View(preference.Sms, preference.Email));
    }

    private static ProblemHttpResult NoIdentity() => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
        title: "账号未实名认证 / The account has no verified identity", detail: "登录账号缺少实名信息 / The token carries no identity number.");

    public static async Task<ContactPreference> PreferenceOfAsync(this NotificationDbContext db, string applicantKey, CancellationToken cancellationToken) =>
        await PreferenceOf.For(db)(db, applicantKey, cancellationToken) ?? ContactPreference.Default(applicantKey);
}
