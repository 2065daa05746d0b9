using Microsoft.Extensions.Time.Testing;
using OneStop.Validation;

namespace OneStop.UnitTests.Validation;

public class ResidentIdNumberTests
{
    // Check characters computed with ISO 7064 MOD 11-2. Worked example for the first row
    // (the example number printed in GB 11643-1999):
    // 1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9 + 3·10 + 1·5 + 0·8 + 0·4 + 2·2
    // = 167; 167 mod 11 = 2; "10X98765432"[2] = 'X'.
    [Theory]
    [InlineData("11010519491231002X")] // Beijing, 1949-12-31
    [InlineData("11010119900307109X")] // Beijing
    [InlineData("110101199003071030")] // Beijing, check 0
    [InlineData("110101199003071065")] // Beijing
    [InlineData("31010419850615100X")] // Shanghai
    [InlineData("310104198506151050")] // Shanghai, check 0
    [InlineData("330106200002291080")] // Zhejiang, leap day 2000-02-29
    [InlineData("440305197901011180")] // Guangdong
    [InlineData("51010719661120107X")] // Sichuan
    [InlineData("650102194208081020")] // Xinjiang
    [InlineData("54010220121231105X")] // Tibet
    [InlineData("710000195805121070")] // Taiwan
    [InlineData("810000199707011080")] // Hong Kong
    [InlineData("82000019991220107X")] // Macao
    [InlineData("150102190001011010")] // Inner Mongolia, earliest accepted date 1900-01-01
    [InlineData("460106202402291010")] // Hainan, leap day 2024-02-29
    [InlineData("37020219881010106X")] // Shandong
    [InlineData("640104197203161050")] // Ningxia
    [InlineData("230103200509091050")] // Heilongjiang
    [InlineData("110101190012311234")] // Beijing, 1900-12-31
    public void Accepts_valid_numbers(string value) => Assert.True(ResidentIdNumber.IsValid(value, Clock));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("                  ")] // 18 spaces
    [InlineData("11010519491231002")] // 17 characters
    [InlineData("11010519491231002X0")] // 19 characters
    [InlineData("11010519491231002XX")] // 19 characters, last one repeated
    [InlineData("110105491231002")] // 15-digit first-generation format
    [InlineData(" 11010519491231002X")]
    [InlineData("11010519491231002X ")]
    public void Rejects_malformed_input(string? value) => Assert.False(ResidentIdNumber.IsValid(value, Clock));

    // Each valid number above with its check character changed.
    [Theory]
    [InlineData("110105194912310020")]
    [InlineData("110101199003071090")]
    [InlineData("110101199003071031")]
    [InlineData("110101199003071066")]
    [InlineData("310104198506151000")]
    [InlineData("310104198506151051")]
    [InlineData("330106200002291081")]
    [InlineData("440305197901011181")]
    [InlineData("510107196611201070")]
    [InlineData("650102194208081021")]
    [InlineData("540102201212311050")]
    [InlineData("710000195805121071")]
    [InlineData("810000199707011081")]
    [InlineData("820000199912201070")]
    [InlineData("150102190001011011")]
    [InlineData("460106202402291011")]
    [InlineData("370202198810101060")]
    [InlineData("640104197203161051")]
    [InlineData("230103200509091051")]
    [InlineData("11010119900307103X")] // check should be 0
    public void Rejects_wrong_check_character(string value) => Assert.False(ResidentIdNumber.IsValid(value, Clock));

    [Theory]
    [InlineData("11010519491231002x")] // lowercase x: callers normalise
    [InlineData("11010119900307109x")]
    [InlineData("1101051949123100AX")] // letter in the body
    [InlineData("A1010519491231002X")]
    [InlineData("11010519491231O02X")] // letter O instead of zero
    [InlineData("11010519491231002Y")]
    [InlineData("１１０１０５１９４９１２３１００２X")] // full-width digits
    public void Rejects_characters_outside_the_format(string value) => Assert.False(ResidentIdNumber.IsValid(value, Clock));

    // These carry a correct MOD 11-2 check character, so only the named rule can reject them.
    [Theory]
    [InlineData("110101199902301231")] // 1999-02-30
    [InlineData("110101190002291233")] // 1900-02-29: 1900 is not a leap year
    [InlineData("110101202302291230")] // 2023-02-29
    [InlineData("110101199013011234")] // month 13
    [InlineData("110101199001001231")] // day 00
    [InlineData("110101199001321235")] // day 32
    [InlineData("110101000000001239")] // 0000-00-00
    [InlineData("110101189912311231")] // 1899-12-31, before 1900-01-01
    [InlineData("440524188001010014")] // 1880-01-01, before 1900-01-01
    [InlineData("110101209912311237")] // 2099-12-31, in the future
    public void Rejects_impossible_birth_dates(string value) => Assert.False(ResidentIdNumber.IsValid(value, Clock));

    // Also carry a correct check character; only the GB/T 2260 province code is wrong.
    [Theory]
    [InlineData("990101199003071237")]
    [InlineData("000101199003071238")]
    [InlineData("160101199003071232")]
    [InlineData("470101199003071235")]
    [InlineData("830101199003071232")]
    [InlineData("900101199003071230")]
    public void Rejects_unknown_province(string value) => Assert.False(ResidentIdNumber.IsValid(value, Clock));

    [Fact]
    public void A_birth_date_after_today_in_china_is_refused_whatever_the_machine_date()
    {
        // 1 June 2026, 00:30 in China is still 31 May in UTC.
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-06-01T00:30:00+08:00"));

        Assert.True(ResidentIdNumber.IsValid(WithCheckCharacter("11010520260601123"), clock));
        Assert.False(ResidentIdNumber.IsValid(WithCheckCharacter("11010520260602123"), clock));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.True(ResidentIdNumber.IsValid(WithCheckCharacter("11010520260602123"), clock));
    }

    private static readonly FakeTimeProvider Clock = new(DateTimeOffset.Parse("2026-06-01T12:00:00+08:00"));

    private static string WithCheckCharacter(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        return first17 + "10X98765432"[first17.Select((c, i) => (c - '0') * weights[i]).Sum() % 11];
    }

    [Theory]
    [InlineData("330106200002291080", "330106********1080")]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("1234567890", "**********")] // nothing would be hidden: hide everything
    public void Mask_keeps_first_six_and_last_four(string value, string expected) =>
        Assert.Equal(expected, ResidentIdNumber.Mask(value));
}
