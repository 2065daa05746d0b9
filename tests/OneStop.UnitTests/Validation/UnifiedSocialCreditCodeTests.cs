using OneStop.Validation;

namespace OneStop.UnitTests.Validation;

public class UnifiedSocialCreditCodeTests
{
    // Real codes published in python-stdnum's test suite and in public invoice headers, except the
    // three marked "constructed"; every row was checked against both check characters by hand-run computation.
    [Theory]
    [InlineData("91350100M000100Y43")] // widely cited example
    [InlineData("91110000802100433B")]
    [InlineData("91110000600037341L")]
    [InlineData("121200004013590816")] // authority 1 (institutional), type 2
    [InlineData("12100000400000456B")] // region 100000 (national)
    [InlineData("12440300455752807L")]
    [InlineData("51100000500002862F")] // authority 5 (civil affairs)
    [InlineData("51100000500012681T")]
    [InlineData("911522010783762860")] // check character 0
    [InlineData("91620105L015101280")] // letter in the organisation code, check character 0
    [InlineData("9115220107837757XE")] // organisation-code check X
    [InlineData("9131012056010553X5")]
    [InlineData("91310115MA1K3BTP2B")]
    [InlineData("92340602MA2PBMEM24")] // type 2: individual business
    [InlineData("92340621MA2PBN0KXX")] // both check characters X
    [InlineData("911522010783897302")] // organisation-code check 0 (11 - 0)
    [InlineData("91340602MA2UJY0D0T")]
    [InlineData("9144030071526726XG")]
    [InlineData("91440300568520498A")]
    [InlineData("Y1350100M000100Y4D")] // constructed: authority Y
    [InlineData("N2350100M000100Y4J")] // constructed: authority N
    [InlineData("AH350100M000100Y4G")] // constructed: letters in positions 1 and 2
    public void Accepts_valid_codes(string value) => Assert.True(UnifiedSocialCreditCode.IsValid(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("                  ")] // 18 spaces
    [InlineData("91350100M000100Y4")] // 17 characters
    [InlineData("91350100M000100Y430")] // 19 characters
    [InlineData("91350100M000100Y433")] // 19 characters, last one repeated
    [InlineData(" 91350100M000100Y43")]
    [InlineData("91350100M000100Y43 ")]
    [InlineData("91350100-M000100Y4")]
    [InlineData("91350100m000100y43")] // lowercase: callers normalise
    [InlineData("91110000600037341l")]
    [InlineData("９１３５０１００Ｍ０００１００Ｙ４３")] // full-width
    public void Rejects_malformed_input(string? value) => Assert.False(UnifiedSocialCreditCode.IsValid(value));

    // Each valid code above with its check character changed to the next alphabet character.
    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("91110000802100433C")]
    [InlineData("91110000600037341M")]
    [InlineData("121200004013590817")]
    [InlineData("12100000400000456C")]
    [InlineData("12440300455752807M")]
    [InlineData("51100000500002862G")]
    [InlineData("51100000500012681U")]
    [InlineData("911522010783762861")]
    [InlineData("91620105L015101281")]
    [InlineData("9115220107837757XF")]
    [InlineData("9131012056010553X6")]
    [InlineData("91310115MA1K3BTP2C")]
    [InlineData("92340602MA2PBMEM25")]
    [InlineData("92340621MA2PBN0KXY")]
    [InlineData("911522010783897303")]
    [InlineData("91340602MA2UJY0D0U")]
    [InlineData("9144030071526726XH")]
    [InlineData("91440300568520498B")]
    [InlineData("Y1350100M000100Y4E")]
    [InlineData("N2350100M000100Y4K")]
    [InlineData("AH350100M000100Y4H")]
    public void Rejects_wrong_check_character(string value) => Assert.False(UnifiedSocialCreditCode.IsValid(value));

    // GB 32100-2015 does not use I, O, Z, S or V anywhere in the code.
    [Theory]
    [InlineData("I1350100M000100Y43")]
    [InlineData("9O350100M000100Y43")]
    [InlineData("91350100Z000100Y43")]
    [InlineData("91350100M0S0100Y43")]
    [InlineData("91350100M000100V43")]
    [InlineData("91350100M000100YI3")]
    [InlineData("91350100M000100Y4O")]
    [InlineData("91350100M000100Y4Z")]
    [InlineData("91350100M000100Y4S")]
    [InlineData("91350100M000100Y4V")]
    [InlineData("9I350100M000100Y49")] // check would match if I were silently valued -1
    [InlineData("9V350100M000100Y4M")] // check would match with a naive 0-9A-Z alphabet
    public void Rejects_forbidden_letters(string value) => Assert.False(UnifiedSocialCreditCode.IsValid(value));

    // Both check characters are correct here; only the non-digit region code (positions 3-8) is wrong.
    [Theory]
    [InlineData("91A50100M000100Y42")]
    [InlineData("913501B0M000100Y4D")]
    public void Rejects_non_digit_region_code(string value) => Assert.False(UnifiedSocialCreditCode.IsValid(value));

    // The GB 32100 check character is correct here; only the GB 11714 organisation-code check (position 17) is wrong.
    [Theory]
    [InlineData("91350100M000100Y56")]
    [InlineData("91350100M000100Y0N")]
    [InlineData("9111000080210043XU")]
    [InlineData("911522010783897315")]
    [InlineData("91340602MA2UJY0D1X")]
    public void Rejects_wrong_organisation_code_check(string value) => Assert.False(UnifiedSocialCreditCode.IsValid(value));

    // Known limitation, by design: some codes issued in Xiamen before 2016 break the GB 32100
    // check character (hutool issues #2020, #4119). The standard's check is enforced anyway.
    [Theory]
    [InlineData("91350203M0001QKT19")]
    [InlineData("91350203M0001FUE2P")]
    public void Rejects_nonconforming_issued_codes(string value) => Assert.False(UnifiedSocialCreditCode.IsValid(value));

    [Theory]
    [InlineData("91350100M000100Y43", "913501********0Y43")]
    [InlineData("92340621MA2PBN0KXX", "923406********0KXX")]
    [InlineData("1234567890", "**********")] // nothing would be hidden: hide everything
    public void Mask_keeps_first_six_and_last_four(string value, string expected) =>
        Assert.Equal(expected, UnifiedSocialCreditCode.Mask(value));
}
