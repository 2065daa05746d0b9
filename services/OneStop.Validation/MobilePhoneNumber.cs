namespace OneStop.Validation;

public static class MobilePhoneNumber
{
    private const int Length = 11;

    /// <summary>Mainland China mobile number: 11 ASCII digits matching ^1[3-9][0-9]{9}$.</summary>
    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != Length || value[0] != '1' || value[1] is < '3' or > '9')
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Keeps the first 3 and last 4 digits, e.g. 138****8000.</summary>
    public static string Mask(string value) => Masking.KeepEnds(value, 3, 4);
}
