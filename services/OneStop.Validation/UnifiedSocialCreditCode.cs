namespace OneStop.Validation;

public static class UnifiedSocialCreditCode
{
    private const int Length = 18;

    // GB 32100-2015: the code alphabet omits I, O, Z, S and V; a character's value is its index.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // GB 32100-2015 §5 (ISO 7064 MOD 31-3): weights 3^(i-1) mod 31 for positions 1-17.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    // GB 11714-1997: weights of the 8 body characters of the organisation code (positions 9-16).
    private static readonly int[] OrganisationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>18-character unified social credit code (GB 32100-2015). Strict: uppercase only.</summary>
    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != Length)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            var charValue = Alphabet.IndexOf(value[i]);
            if (charValue < 0)
            {
                return false;
            }

            sum += charValue * Weights[i];
        }

        return value[^1] == Alphabet[(31 - sum % 31) % 31]
            && IsAsciiDigits(value.AsSpan(2, 6))
            && HasValidOrganisationCode(value.AsSpan(8, 9));
    }

    /// <summary>Keeps the first 6 and last 4 characters, e.g. 913501********0Y43.</summary>
    public static string Mask(string value) => Masking.KeepEnds(value, 6, 4);

    // Positions 9-17 are the GB 11714-1997 organisation code with its own MOD 11 check character.
    // Kept deliberately: every real code we checked satisfies it (383 in python-stdnum's test suite, plus
    // public invoice headers). The real codes reported as non-conforming (Xiamen, hutool issues #2020 and
    // #4119) pass this check and break the GB 32100 check character instead, so they are rejected anyway.
    private static bool HasValidOrganisationCode(ReadOnlySpan<char> code)
    {
        var sum = 0;
        for (var i = 0; i < OrganisationCodeWeights.Length; i++)
        {
            // GB 11714-1997: digits keep their value, letters A-Z count 10-35.
            var charValue = char.IsAsciiDigit(code[i]) ? code[i] - '0' : code[i] - 'A' + 10;
            sum += charValue * OrganisationCodeWeights[i];
        }

        var check = 11 - sum % 11;
        var expected = check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };

        return code[^1] == expected;
    }

    private static bool IsAsciiDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
