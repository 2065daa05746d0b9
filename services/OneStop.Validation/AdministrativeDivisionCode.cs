namespace OneStop.Validation;

/// <summary>Six-digit GB/T 2260 administrative division code, e.g. 330106 (杭州市西湖区).</summary>
public static class AdministrativeDivisionCode
{
    // Province-level codes: the first two digits of every division code and of every resident identity number.
    internal static readonly HashSet<int> ProvinceCodes =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
        41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
    ];

    public static bool IsValid(string? value) =>
        value is { Length: 6 } && value.All(char.IsAsciiDigit) && HasProvince(value);

    internal static bool HasProvince(ReadOnlySpan<char> code) =>
        ProvinceCodes.Contains((code[0] - '0') * 10 + (code[1] - '0'));
}
