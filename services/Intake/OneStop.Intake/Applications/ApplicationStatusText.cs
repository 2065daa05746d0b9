using OneStop.Contracts;
using OneStop.Contracts.Intake;

namespace OneStop.Intake.Applications;

/// <summary>The aggregate status in words, naming the utilities that rejected while the others carry on.</summary>
public static class ApplicationStatusText
{
    public static string Line(JointApplication application)
    {
        var (chinese, english) = Of(application);
        return $"{chinese} / {english}";
    }

    public static (string Chinese, string English) Of(JointApplication application)
    {
        var rejected = application.Utilities.Where(u => u.Status == UtilityStatus.Rejected).Select(u => u.Utility.CompanyName()).ToList();
        var connected = application.Utilities.Where(u => u.Status == UtilityStatus.Connected).Select(u => u.Utility.CompanyName()).ToList();
        return application.Status switch
        {
            ApplicationStatus.Submitted => ("已提交，等待各单位接收", "Submitted; waiting for the utilities to receive it"),
            ApplicationStatus.InProgress when rejected.Count > 0 =>
                ($"办理中；{Chinese(rejected)}不予办理，其余单位继续办理", $"In progress; rejected by the {English(rejected)}, the others carry on"),
            ApplicationStatus.InProgress => ("办理中", "In progress"),
            ApplicationStatus.Completed => ("全部接通，已办结", "Every utility connected; complete"),
            ApplicationStatus.PartiallyCompleted =>
                ($"已办结：{Chinese(connected)}已接通，{Chinese(rejected)}不予办理", $"Closed: connected by the {English(connected)}; rejected by the {English(rejected)}"),
            ApplicationStatus.Rejected => ("已办结：各单位均不予办理", "Closed: every utility rejected it"),
            _ => throw new ArgumentOutOfRangeException(nameof(application), application.Status, null),
        };
    }

    private static string Chinese(List<(string Chinese, string English)> companies) => string.Join("、", companies.Select(c => c.Chinese));

    private static string English(List<(string Chinese, string English)> companies) => string.Join(" and the ", companies.Select(c => c.English));
}
