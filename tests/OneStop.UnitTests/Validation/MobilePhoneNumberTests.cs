using OneStop.Validation;

namespace OneStop.UnitTests.Validation;

public class MobilePhoneNumberTests
{
    [Theory]
    [InlineData("13800138000")]
    [InlineData("13000000000")]
    [InlineData("14512345678")]
    [InlineData("15912345678")]
    [InlineData("16612345678")]
    [InlineData("17712345678")]
    [InlineData("18612345678")]
    [InlineData("19999999999")]
    public void Accepts_valid_numbers(string value) => Assert.True(MobilePhoneNumber.IsValid(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("           ")]
    [InlineData("1380013800")] // 10 digits
    [InlineData("138001380000")] // 12 digits
    [InlineData("10800138000")] // second digit 0
    [InlineData("11800138000")] // second digit 1
    [InlineData("12800138000")] // second digit 2
    [InlineData("23800138000")] // does not start with 1
    [InlineData("+8613800138000")]
    [InlineData("8613800138000")]
    [InlineData("138 0013 800")]
    [InlineData("138-0013-800")]
    [InlineData("1380013800A")]
    [InlineData(" 13800138000")]
    [InlineData("13800138000 ")]
    [InlineData("13800138000\n")]
    [InlineData("1380013800\n")] // 11 chars, last is a newline
    [InlineData("１３８００１３８０００")] // full-width digits
    [InlineData("138٠٠١٣٨٠٠٠")] // Arabic-Indic digits
    public void Rejects_invalid_values(string? value) => Assert.False(MobilePhoneNumber.IsValid(value));

    [Theory]
    [InlineData("13800138000", "138****8000")]
    [InlineData("19912345678", "199****5678")]
    [InlineData("1234567", "*******")] // nothing would be hidden: hide everything
    [InlineData("", "")]
    public void Mask_keeps_first_three_and_last_four(string value, string expected) =>
        Assert.Equal(expected, MobilePhoneNumber.Mask(value));

    [Fact]
    public void Mask_rejects_null() => Assert.Throws<ArgumentNullException>(() => MobilePhoneNumber.Mask(null!));
}
