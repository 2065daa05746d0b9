using OneStop.Validation;

namespace OneStop.UnitTests.Validation;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\0\0\0")]
    [InlineData("\u200B\u200C\u200D\u2060")] // zero-width space, non-joiner, joiner, word joiner
    [InlineData("\uFEFF\u00A0\u3000")] // byte-order mark, no-break space, ideographic space
    [InlineData("\u202E\u202C")]
    public void Text_with_nothing_visible_is_blank(string? text) => Assert.True(PlainText.IsBlank(text));

    [Theory]
    [InlineData("张三")]
    [InlineData("A")]
    [InlineData("\u200B张\u200B")]
    [InlineData("😀")]
    public void Text_with_something_visible_is_not_blank(string text) => Assert.False(PlainText.IsBlank(text));

    [Theory]
    [InlineData("浙江省杭州市\0西湖区")]
    [InlineData("杭州\u202Egnp.exe")] // right-to-left override
    [InlineData("name\u2066isolate\u2069")]
    [InlineData("bell\u0007")]
    [InlineData("line\nbreak")]
    public void Control_and_bidi_characters_make_single_line_text_unclean(string text) => Assert.False(PlainText.IsClean(text));

    [Theory]
    [InlineData("负荷清单已补充\r\n第二行\t缩进")]
    [InlineData("עברית \u200F mixed")] // a right-to-left mark is ordinary text
    public void Line_breaks_tabs_and_direction_marks_are_clean_in_multiline_text(string text) => Assert.True(PlainText.IsClean(text, multiline: true));

    [Fact]
    public void Multiline_text_still_refuses_nul_and_overrides()
    {
        Assert.False(PlainText.IsClean("答复\0", multiline: true));
        Assert.False(PlainText.IsClean("答复\u202D", multiline: true));
    }
}
