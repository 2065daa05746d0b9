using Microsoft.EntityFrameworkCore;
using OneStop.UtilityKernel.Cases;
using OneStop.Contracts;

namespace OneStop.UtilityKernel.Intake;

/// <summary>
/// Intake's news of a document comes on the applicant queue and can overtake the application itself, which comes on
/// its own queue (after an outage both drain at once). A case that the news says waits, but that has not been opened
/// yet, is therefore retried rather than dropped.
/// </summary>
internal static class WaitingCases
{
    public static async Task<UtilityApplication<TDetails>?> WaitingForDocumentAsync<TDetails>(this IQueryable<UtilityApplication<TDetails>> cases,
        UtilityKind utility, Guid jointApplicationId, IReadOnlyList<UtilityKind> neededBy, CancellationToken cancellationToken)
        where TDetails : class
    {
        if (!neededBy.Contains(utility))
            return null;
        return await cases.SingleOrDefaultAsync(a => a.JointApplicationId == jointApplicationId, cancellationToken)
            ?? throw new InvalidOperationException($"The {utility} case of joint application {jointApplicationId} is not open yet; the message is retried");
    }
}
