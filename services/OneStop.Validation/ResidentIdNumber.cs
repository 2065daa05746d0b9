using System.Globalization;

namespace OneStop.Validation;

public static class ResidentIdNumber
{
    private const int Length = 18;

    // GB 11643-1999 §8.2: ISO 7064 MOD 11-2 weights for positions 1-17.
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    /// <summary>
    /// 18-character resident identity number (GB 11643-1999). Strict: the check character
    /// must be a digit or uppercase 'X'; callers normalise input first. The birth date may not lie after today (the clock's).
    /// </summary>
    public static bool IsValid(string? value, TimeProvider clock)
    {
        if (value is null || value.Length != Length)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }

            sum += (value[i] - '0') * Weights[i];
        }

        return value[^1] == CheckCharacters[sum % 11]
            && AdministrativeDivisionCode.HasProvince(value)
            && IsPlausibleBirthDate(value.AsSpan(6, 8), ChinaToday(clock));
    }

    /// <summary>Keeps the first 6 and last 4 characters, e.g. 330106********1234.</summary>
    public static string Mask(string value) => Masking.KeepEnds(value, 6, 4);

    private static bool IsPlausibleBirthDate(ReadOnlySpan<char> yyyyMMdd, DateOnly today) =>
        DateOnly.TryParseExact(yyyyMMdd, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && date >= EarliestBirthDate
        && date <= today;

    // Birth dates are Chinese calendar dates: compare with today in China (UTC+8, no daylight saving), not server time.
    private static DateOnly ChinaToday(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(8));
}
