namespace OneStop.Validation;

/// <summary>An applicant's identity number of either kind (resident identity number or unified social credit code).</summary>
public static class ApplicantIdNumber
{
    /// <summary>For display to anyone but the owner and the counter: 330106********1234.</summary>
    public static string Mask(string value) => Masking.KeepEnds(value, 6, 4);
}
