using OneStop.Contracts;
using OneStop.Notification.Templates;

namespace OneStop.UnitTests.Notifications;

/// <summary>The shipped templates render every kind in Chinese and English; a missing or broken one is named at load.</summary>
public sealed class TemplateTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("onestop-templates-").FullName;

    // Values the applicant or an operator typed are the same in both languages; here in Latin letters, so that any
    // Chinese in the English half can only have come from the template.
    private static TemplateValues Everything() => new TemplateValues()
        .Set("applicationNumber", "LH202603020900000001").Set("contactName", "Zhang San").Company(UtilityKind.Electricity)
        .Stage(new StageName("supply-plan", "供电方案答复", "Supply plan replied")).Set("needed", "the list of loads")
        .Set("reason", "outside the supply area").Set("document", "用电设备清单", "list of electrical loads")
        .Set("companies", "供电公司、供水公司", "electricity company and water company")
        .Set("visitTime", "2026年3月3日（周二）09:00–12:00", "Tue 3 Mar 2026, 09:00–12:00 China time").Set("step", "联合验收", "joint acceptance")
        .Set("department", "公安交管部门", "traffic police (road occupation)").Set("outcome", "已准予许可，同沟施工时间 2026-03-26 至 2026-04-09", "approved: the trench is dug from 2026-03-26 to 2026-04-09")
        .Deadline(new DateTimeOffset(2026, 3, 9, 1, 0, 0, TimeSpan.Zero), Official).Deadline(null, null, "previous");

    private static readonly CalendarBasis Official = new(CalendarKind.Official, ["国务院办公厅关于2026年部分节假日安排的通知"]);

    public static TheoryData<string> Kinds => new(MessageKind.All.Select(k => k.Name));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_renders_chinese_first_with_english_alongside_and_no_placeholder_left(string kind)
    {
        var text = TemplateSet.Load(TemplateSet.ShippedDirectory).Render(MessageKind.All.Single(k => k.Name == kind), Everything());

        foreach (var part in new[] { text.Title, text.Body })
        {
            var halves = part.Split(" / ");
            Assert.True(halves.Length >= 2, part);
            Assert.Contains(halves[0], c => c is >= '\u4e00' and <= '\u9fff');
            Assert.DoesNotContain(halves[^1], c => c is >= '\u4e00' and <= '\u9fff');
            Assert.DoesNotContain('{', part);
        }
    }

    [Fact]
    public void The_values_fill_each_language_with_its_own_words()
    {
        var text = TemplateSet.Load(TemplateSet.ShippedDirectory).Render(MessageKind.StageOverdue, Everything());

        Assert.Equal("超期督办：LH202603020900000001 / Overdue: LH202603020900000001", text.Title);
        Assert.Contains("供电公司申请 LH202603020900000001 的“供电方案答复”环节已于 2026-03-09 09:00 超过办理时限", text.Body);
        Assert.Contains("At the electricity company, stage Supply plan replied of application LH202603020900000001 passed its deadline at 2026-03-09 09:00 China time;", text.Body);
    }

    [Fact]
    public void A_provisional_date_says_so_in_both_languages_and_an_unknown_one_reads_as_not_set()
    {
        var values = Everything().Deadline(new DateTimeOffset(2027, 1, 13, 2, 0, 0, TimeSpan.Zero), new CalendarBasis(CalendarKind.Provisional, []));

        var text = TemplateSet.Load(TemplateSet.ShippedDirectory).Render(MessageKind.DeadlineMoved, values);

        Assert.Contains("由 待定 调整为 2027-01-13 10:00（暂按法定节假日计算，国务院公布安排后自动更新）", text.Body);
        Assert.Contains("it is now 2027-01-13 10:00 China time (counted on the statutory holidays until the official schedule is published) instead of not set", text.Body);
    }

    [Fact]
    public void An_operators_template_replaces_the_shipped_one_of_the_same_name()
    {
        File.WriteAllText(Path.Combine(_directory, "connected.en.txt"), "Power on: {applicationNumber}\nYour {company} connection is live.");

        var text = TemplateSet.Load(TemplateSet.ShippedDirectory, _directory).Render(MessageKind.Connected, Everything());

        Assert.EndsWith(" / Power on: LH202603020900000001", text.Title);
        Assert.EndsWith(" / Your electricity company connection is live.", text.Body);
    }

    [Theory]
    [InlineData("connected.zh-CN.txt", "{company}已接通\n您的申请 {applicationNumber} 已接通，时限 {deadline}", "unknown placeholder {deadline}")]
    [InlineData("connected.zh-CN.txt", "{company}已接通\n您的申请 {applicationNumber 已接通", "an unmatched { or }")]
    [InlineData("connected.zh-CN.txt", "只有标题", "needs a title on the first line and a body")]
    [InlineData("connected.en.txt", "", "needs a title on the first line and a body")]
    public void A_broken_template_is_named_when_the_set_is_loaded(string file, string content, string problem)
    {
        File.WriteAllText(Path.Combine(_directory, file), content);

        var error = Assert.Throws<InvalidOperationException>(() => TemplateSet.Load(TemplateSet.ShippedDirectory, _directory));

        Assert.Contains(file, error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_missing_template_is_named_when_the_set_is_loaded()
    {
        foreach (var shipped in Directory.GetFiles(TemplateSet.ShippedDirectory).Where(f => !f.EndsWith("rejected.en.txt")))
            File.Copy(shipped, Path.Combine(_directory, Path.GetFileName(shipped)));

        var error = Assert.Throws<InvalidOperationException>(() => TemplateSet.Load(_directory));

        Assert.Contains("rejected.en.txt: missing", error.Message);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
