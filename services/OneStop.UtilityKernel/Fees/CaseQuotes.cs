using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.Fees;
using OneStop.Fees;

namespace OneStop.UtilityKernel.Fees;

/// <summary>
/// A case's quote from this utility's published schedule, computed, never typed: on the schedule in force the day the
/// case was received (a rate published later does not reprice a case under way), with the external line once the
/// joint survey measured it.
/// </summary>
public sealed class CaseQuotes<TDetails>(FeeSchedules schedules, UtilityProfile<TDetails> profile) where TDetails : class
{
    public FeeQuote For(Applicant applicant, Site site, TDetails details, DateTimeOffset receivedAt, int? externalLineMetres = null) =>
        schedules.Quote(new FeeInputs(profile.Utility, applicant.Type, site.RegionCode, profile.RequestOf(details), WorkingDayCalendar.ChinaDate(receivedAt),
            externalLineMetres));
}
