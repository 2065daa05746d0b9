using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OneStop.Security.Audit;
using OneStop.Workflow;

namespace OneStop.Intake.Applications.Answers;

/// <summary>What the applicant does on its application, committed with the event it raises and its audit entry.</summary>
public static class ApplicantAction
{
    private const int Attempts = 3;

    /// <summary>
    /// Null when committed; 409 when the application's state does not allow the action. The utilities' news changes the
    /// application all the time: when it changed meanwhile, the action is tried again on the fresh application.
    /// </summary>
    public static async Task<ProblemHttpResult?> CommitAsync(this IntakeDbContext db, HttpContext http, JointApplication application, string action,
        Func<JointApplication, object> act, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                db.Publish(act(application));
            }
            catch (IllegalTransitionException illegal)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "当前状态下不能进行此操作 / Not allowed in the current state",
                    detail: illegal.Message);
            }
            db.Audit(http, $"application.{action}", application.AuditResource, application.ApplicantKey, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return null;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
                application = await db.Applications.Include(a => a.Utilities).Include(a => a.Documents).AsSplitQuery()
                    .SingleAsync(a => a.Id == application.Id, cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "申请刚刚有更新 / The application changed meanwhile",
                    detail: "请刷新后再试 / Reload it and try again.");
            }
        }
    }
}
