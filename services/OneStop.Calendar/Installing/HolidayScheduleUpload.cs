using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using OneStop.Contracts;
using OneStop.Contracts.Calendar;
using OneStop.Messaging;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Calendar.Installing;

/// <summary>
/// An administrator installs a year's official schedule, in the format of the shipped files, without a release or a
/// restart. It is checked line by line, then published to every service with its audit entry in one commit; the same
/// schedule installed again changes nothing.
/// </summary>
public static class HolidayScheduleUpload<TDbContext> where TDbContext : MessagingDbContext
{
    private const int MaxBytes = CalendarFiles.MaxBytes;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<Results<Ok<CalendarYearView>, ValidationProblem, ProblemHttpResult>> InstallAsync(
        int year, HttpContext http, TDbContext db, WorkingDayCalendar calendar, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (year is < StatutoryHolidays.FirstYear or > StatutoryHolidays.LastYear)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                { ["year"] = [$"须在 {StatutoryHolidays.FirstYear}–{StatutoryHolidays.LastYear} 之间 / must be {StatutoryHolidays.FirstYear}–{StatutoryHolidays.LastYear}"] },
                title: "年份有误 / The year is wrong");
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) || type.MediaType.Value is not ("text/csv" or "text/plain")
            || type.Charset.HasValue && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                detail: "请以 text/csv（UTF-8）上传节假日安排文件 / Send the schedule as text/csv in UTF-8.");
        if (await ReadAsync(http.Request.Body, cancellationToken) is not { } bytes)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
                detail: $"节假日安排文件不能超过 {MaxBytes / 1024} KB / The schedule file must be at most {MaxBytes / 1024} KB.");

        HolidaySchedule schedule;
        string csv;
        try
        {
            csv = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
            schedule = CalendarFiles.Parse(csv, year, $"cn-{year}.csv");
        }
        catch (DecoderFallbackException)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["文件不是有效的 UTF-8 文本 / the file is not valid UTF-8"] },
                title: "节假日安排文件有误 / The schedule file has errors");
        }
        catch (HolidayScheduleFormatException wrong) when (wrong.Line > 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [$"line {wrong.Line}"] = [wrong.Problem] },
                title: "节假日安排文件有误 / The schedule file has errors",
                detail: $"第 {wrong.Line} 行：{wrong.Problem}", extensions: new Dictionary<string, object?> { ["line"] = wrong.Line });
        }
        catch (HolidayScheduleFormatException wrong)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [wrong.Problem] },
                title: "节假日安排文件有误 / The schedule file has errors");
        }

        if (!calendar.ScheduleOf(year).SameAs(schedule))
        {
            var now = clock.GetUtcNow();
            db.Publish(new HolidayScheduleInstalled(year, csv, CurrentUser.From(http.User).UserName, now));
            db.Audit(http, "calendar.install", $"holiday-schedule/{year}", null, now);
            await db.SaveChangesAsync(cancellationToken);
            // This replica counts on it at once; the others, and every service's database, as the event arrives.
            calendar.Install(schedule);
        }
        return TypedResults.Ok(schedule.View());
    }

    /// <summary>The body, or null when it is larger than a schedule can be (whatever the server's own limit).</summary>
    private static async Task<byte[]?> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
                return null;
        }
        return buffer.ToArray();
    }
}
