namespace OneStop.Contracts.Fees;

/// <summary>
/// What one utility charges for one case, computed from its published schedule (收费项目目录清单) and never typed:
/// money in integer fen (分), each line's rate times its quantity rounded half away from zero (四舍五入) to the fen, the
/// totals the sums of the lines. <see cref="PayableFen"/> is what the applicant pays, <see cref="WaivedFen"/> what the
/// <see cref="ZeroInvestments"/> took off. <see cref="Pending"/> names what the quote still waits for (the surveyed
/// length of an external line; in the guide, a size not given): until then the lines that need it have no amount and
/// the totals leave them out.
/// </summary>
public sealed record FeeQuote(
    UtilityKind Utility, string Schedule, DateOnly On, IReadOnlyList<QuoteLine> Lines, long PayableFen, long WaivedFen,
    IReadOnlyList<ZeroInvestment> ZeroInvestments, IReadOnlyList<string> Pending)
{
    public const string SurveyedLength = "externalLineMetres";

    /// <summary>Nothing to pay and nothing left to measure: no payment step at all.</summary>
    public bool IsFree => PayableFen == 0 && Pending.Count == 0;
}
