using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OneStop.Calendar.Installing;
using OneStop.Electricity;
using OneStop.Intake;
using OneStop.ServiceTests.Infrastructure;
using OneStop.Testing;

namespace OneStop.ServiceTests.Calendar;

/// <summary>
/// The public calendar, and an administrator installing a year's official schedule: checked line by line, refused whole
/// (nothing written) when wrong, kept in every service's own database, and still there after a restart.
/// </summary>
public sealed class HolidayScheduleTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anyone_reads_how_a_year_is_counted_official_with_its_notice_or_provisional()
    {
        await using var host = new CalendarHost();
        var anonymous = host.ClientFor(null);

        var official = (await anonymous.GetFromJsonAsync<JsonObject>("/api/calendar/2026", Cancellation))!;
        Assert.Equal(("official", 2026), ((string?)official["calendar"], (int)official["year"]!));
        Assert.StartsWith("国务院办公厅关于2026年部分节假日安排的通知", (string?)official["notice"]);
        Assert.Contains(official["days"]!.AsArray(), d => (string?)d!["date"] == "2026-10-10" && (string?)d["type"] == "workday");
        Assert.Equal(39, official["days"]!.AsArray().Count);

        var provisional = (await anonymous.GetFromJsonAsync<JsonObject>("/api/calendar/2027", Cancellation))!;
        Assert.Equal("provisional", (string?)provisional["calendar"]);
        Assert.Null(provisional["notice"]);
        Assert.StartsWith("暂按法定节假日计算，国务院公布安排后自动更新 / ", (string?)provisional["basis"]);
        Assert.DoesNotContain(provisional["days"]!.AsArray(), d => (string?)d!["type"] == "workday");
        Assert.Contains(provisional["days"]!.AsArray(), d => (string?)d!["date"] == "2027-02-06");

        using var none = await anonymous.GetAsync("/api/calendar/1999", Cancellation);
        Bilingual.AssertIs((string?)(await none.AssertProblemAsync(HttpStatusCode.NotFound))["title"]);
        // The portal shows the same, and the service guide links to it.
        Assert.Contains("暂按法定节假日计算", await anonymous.GetStringAsync("/calendar/2027", Cancellation));
        Assert.Contains("href=\"/calendar\"", await anonymous.GetStringAsync("/guide", Cancellation));
    }

    public static TheoryData<string, string, string> RefusedFiles => new()
    {
        // body, the error's key, what it says
        { "# notice: 测试\n2027-01-01,holiday,元旦\n2027-01-05,workday,调休\n", "line 3", "weekend" },
        { "# notice: 测试\n2027-01-01,holiday,元旦\n2028-01-03,holiday,元旦\n", "line 3", "not in 2027" },
        { "2027-01-01,holiday,元旦\n", "body", "notice" },
        { "# notice: 测试\n2027-01-01,holiday,元旦\n", "body", "must be days off by law" },
        { "# notice: 测试\n2027/01/01,holiday,元旦\n", "line 2", "yyyy-MM-dd" },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task A_wrong_file_is_a_400_naming_its_line_and_installs_nothing(string csv, string key, string says)
    {
        await using var host = new CalendarHost();
        var before = await host.CountIntakeRowsAsync();

        using var response = await host.InstallAsync(2027, csv);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.Errors();
        Assert.Equal([key], errors.Keys);
        Assert.Contains(says, errors[key][0]);
        Bilingual.AssertIs(errors[key][0]);
        if (key.StartsWith("line ", StringComparison.Ordinal))
            Assert.Equal(int.Parse(key[5..]), (int)problem["line"]!);
        Assert.Equal(before, await host.CountIntakeRowsAsync());
        Assert.Equal("provisional", (string?)(await host.ClientFor(null).GetFromJsonAsync<JsonObject>("/api/calendar/2027", Cancellation))!["calendar"]);
    }

    [Fact]
    public async Task An_upload_that_is_not_a_csv_schedule_is_refused_with_its_status()
    {
        await using var host = new CalendarHost();

        using (var json = await host.InstallAsync(2027, TestHolidaySchedules.Csv2027, "application/json"))
            await json.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        using (var huge = await host.InstallAsync(2027, TestHolidaySchedules.Csv2027 + new string('#', 70_000)))
            await huge.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        using (var notUtf8 = await host.ClientFor("admin").PutAsync("/api/admin/calendars/2027",
                   new ByteArrayContent([0x23, 0x20, 0xC3, 0x28]) { Headers = { ContentType = new("text/csv") } }, Cancellation))
            Assert.Contains("UTF-8", (await notUtf8.AssertProblemAsync(HttpStatusCode.BadRequest)).Errors()["body"][0]);
        using (var farAway = await host.InstallAsync(2150, TestHolidaySchedules.Csv2027))
            Assert.Equal(["year"], (await farAway.AssertProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
        using (var clerk = await host.ClientFor("clerk").PutAsync("/api/admin/calendars/2027", new StringContent(TestHolidaySchedules.Csv2027), Cancellation))
            await clerk.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, await host.CountIntakeRowsAsync());
    }

    [Fact]
    public async Task An_installed_schedule_reaches_every_service_database_is_audited_and_survives_a_restart()
    {
        var data = ServiceHost.NewDataDirectory();
        try
        {
            await using (var first = new CalendarHost(data))
            {
                using var installed = await first.InstallAsync(2027, TestHolidaySchedules.Csv2027);
                Assert.Equal(HttpStatusCode.OK, installed.StatusCode);
                var view = (await installed.Content.ReadFromJsonAsync<JsonObject>(Cancellation))!;
                Assert.Equal(("official", TestHolidaySchedules.Notice2027), ((string?)view["calendar"], (string?)view["notice"]));

                await Eventually.UntilAsync(() => first.QueryAsync((ElectricityDbContext db) => db.Set<StoredHolidaySchedule>().CountAsync(Cancellation)),
                    count => count == 1, "the electricity service to keep the schedule");
                await Eventually.UntilAsync(() => first.QueryAsync((IntakeDbContext db) => db.Set<StoredHolidaySchedule>().CountAsync(Cancellation)),
                    count => count == 1, "intake to keep the schedule");
                var audit = (await first.ClientFor("admin").GetFromJsonAsync<JsonObject>("/api/intake/audit", Cancellation))!;
                Assert.Contains(audit["entries"]!.AsArray(), e => (string?)e!["action"] == "calendar.install" && (string?)e["resource"] == "holiday-schedule/2027"
                    && (string?)e["actorName"] == "admin");

                // The same file again changes nothing and is not published again.
                var outbox = await first.QueryAsync((IntakeDbContext db) => db.Outbox.CountAsync(Cancellation));
                using (var again = await first.InstallAsync(2027, TestHolidaySchedules.Csv2027))
                    Assert.Equal(HttpStatusCode.OK, again.StatusCode);
                Assert.Equal(outbox, await first.QueryAsync((IntakeDbContext db) => db.Outbox.CountAsync(Cancellation)));
            }

            await using var restarted = new CalendarHost(data);
            var after = (await restarted.ClientFor(null).GetFromJsonAsync<JsonObject>("/api/calendar/2027", Cancellation))!;
            Assert.Equal(("official", TestHolidaySchedules.Notice2027), ((string?)after["calendar"], (string?)after["notice"]));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
