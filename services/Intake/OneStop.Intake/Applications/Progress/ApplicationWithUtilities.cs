using Microsoft.EntityFrameworkCore;
using OneStop.Messaging;

namespace OneStop.Intake.Applications.Progress;

/// <summary>
/// The application a utility's event updates, with its utilities: every event loads it, so the query is compiled.
/// </summary>
public static class ApplicationWithUtilities
{
    private static readonly CompiledQuery<Func<IntakeDbContext, Guid, CancellationToken, Task<JointApplication?>>> Query = new(() =>
        EF.CompileAsyncQuery((IntakeDbContext db, Guid id, CancellationToken _) =>
            db.Applications.Include(a => a.Utilities).SingleOrDefault(a => a.Id == id)));

    public static async Task<JointApplication> LoadAsync(IntakeDbContext db, Guid applicationId, CancellationToken cancellationToken) =>
        await Query.For(db)(db, applicationId, cancellationToken)
        ?? throw new InvalidOperationException($"Joint application {applicationId} is unknown to intake.");
}
