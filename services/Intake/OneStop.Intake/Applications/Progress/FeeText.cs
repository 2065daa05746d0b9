using OneStop.Contracts.Fees;

namespace OneStop.Intake.Applications.Progress;

/// <summary>A quote in one line for the applicant's timeline, in Chinese and English.</summary>
public static class FeeText
{
    public static (string Zh, string En) Summary(FeeQuote quote) => quote switch
    {
        { IsFree: true, ZeroInvestments.Count: > 0 } => (
            $"免费（三零服务：{string.Join("；", quote.ZeroInvestments.Select(z => z.NameZh))}）",
            $"free (zero-investment service: {string.Join("; ", quote.ZeroInvestments.Select(z => z.NameEn))})"),
        { IsFree: true } => ("不收费", "nothing to pay"),
        { Pending.Count: > 0 } => ($"应付 {Money(quote.PayableFen)}，另加待测量的项目", $"{Money(quote.PayableFen)} to pay, plus what is still to be measured"),
        _ => ($"应付 {Money(quote.PayableFen)}", $"{Money(quote.PayableFen)} to pay"),
    };

    public static string Money(long fen) => $"¥{fen / 100m:#,0.00}";
}
