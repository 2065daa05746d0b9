namespace OneStop.Portal.Pages.Apply;

/// <summary>The form's steps, and which step a field of the API's request belongs to (to show an error where it is).</summary>
public static class WizardStep
{
    public const int Utilities = 1;
    public const int Details = 2;
    public const int Requests = 3;
    public const int Documents = 4;
    public const int Review = 5;

    public static int Of(string path) => path switch
    {
        "utilities" or "applicant.type" => Utilities,
        _ when path.StartsWith("applicant", StringComparison.Ordinal) || path.StartsWith("site", StringComparison.Ordinal) => Details,
        _ when path.StartsWith("utilities.", StringComparison.Ordinal) => Requests,
        _ when path.StartsWith("documents", StringComparison.Ordinal) => Documents,
        _ => Review,
    };
}
