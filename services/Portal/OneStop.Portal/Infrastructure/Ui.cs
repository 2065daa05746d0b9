using OneStop.Contracts.Fees;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OneStop.Contracts;
using OneStop.Contracts.Approvals;
using OneStop.Contracts.JointSteps;
using OneStop.Contracts.Utilities;

namespace OneStop.Portal.Infrastructure;

/// <summary>
/// The visitor's language: 简体中文 unless they chose English (a cookie). Pages write both wordings side by side in
/// the markup, <c>Ui.T("中文", "English")</c>; the services' "中文 / English" messages are split the same way.
/// </summary>
public sealed class Ui(IHttpContextAccessor http)
{
    public const string Cookie = "onestop-lang";

    public bool English => http.HttpContext?.Request.Cookies[Cookie] == "en";

    public string Lang => English ? "en" : "zh-CN";

    public string T(string chinese, string english) => English ? english : chinese;

    /// <summary>The visitor's half of a "中文 / English" text from the services; the whole text when it is not in two halves.</summary>
    public string Pick(string? bilingual)
    {
        if (string.IsNullOrEmpty(bilingual))
            return "";
        var split = bilingual.IndexOf(" / ", StringComparison.Ordinal);
        return split < 0 ? bilingual : English ? bilingual[(split + 3)..] : bilingual[..split];
    }

    /// <summary>
    /// The visitor's half of a register's "中文 english" entry ("坐落 location", "住宅 residential") or of a "中文 / English"
    /// text; anything else ("89.50 m²", an address) as it is.
    /// </summary>
    public string Entry(string text)
    {
        if (text.Contains(" / ", StringComparison.Ordinal))
            return Pick(text);
        var split = text.IndexOf(' ');
        if (split <= 0 || split == text.Length - 1 || !text[..split].Any(IsChinese) || text[split..].Any(IsChinese))
            return text;
        return English ? char.ToUpperInvariant(text[split + 1]) + text[(split + 2)..] : text[..split];
    }

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>What a service refused, in one line: its first field error, else the problem's detail or title.</summary>
    public string Problem(HttpValidationProblemDetails problem) =>
        Pick(problem.Errors.Values.FirstOrDefault()?.FirstOrDefault() ?? problem.Detail ?? problem.Title);

    /// <summary>Fen as yuan: ¥1,234.56.</summary>
    public static string Money(long fen) => $"¥{fen / 100m:#,0.00}";

    /// <summary>How a line's amount follows from the case: "¥350.00/米 × 300 米".</summary>
    public string Rate(QuoteLine line) => line.Formula switch
    {
        FeeFormula.Fixed => Money(line.RateFen),
        FeeFormula.PerKw => Money(line.RateFen) + T("/千瓦（千伏安）", "/kW (kVA)") + (line.Quantity is { } kw ? $" × {kw:0.##}" : ""),
        FeeFormula.PerMmDiameter => Money(line.RateFen) + T("/毫米管径", "/mm of diameter") + (line.Quantity is { } mm ? $" × {mm:0.##}" : ""),
        FeeFormula.PerMetre => Money(line.RateFen) + T("/米", "/m") + (line.Quantity is { } m ? T($" × {m:0.##} 米", $" × {m:0.##} m") : ""),
        FeeFormula.PerM2 => Money(line.RateFen) + T("/平方米", "/m²") + (line.Quantity is { } m2 ? $" × {m2:0.##}" : ""),
        _ => Money(line.RateFen),
    };

    /// <summary>What a line with no amount yet waits for, in words.</summary>
    public string Pending(FeeFormula formula) => formula switch
    {
        FeeFormula.PerMetre => T("按联合踏勘测量的外线长度计", "by the external line's length the joint survey measures"),
        FeeFormula.PerMmDiameter => T("按进水管径计", "by the pipe's diameter"),
        FeeFormula.PerM2 => T("按供热面积计", "by the heated area"),
        _ => T("按申请容量计", "by the capacity applied for"),
    };

    /// <summary>A moment as the visitor reads it: China time, to the minute.</summary>
    public string Time(DateTimeOffset? at) => at is { } moment ? moment.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm") : "—";

    /// <summary>A date counted in working days (its "…Calendar" field beside it), said to be provisional where it is.</summary>
    /// <summary>A visit's day, weekday and hours in China time.</summary>
    public string VisitTime(DateTimeOffset start, DateTimeOffset end)
    {
        var (chinese, english) = Contracts.JointSteps.VisitTime.Words(start, end);
        return T(chinese, english);
    }

    public string Step(JointStep step)
    {
        var (chinese, english) = step.Name();
        return T(chinese, english);
    }

    /// <summary>What a utility recorded of a joint visit, or that it is still to come.</summary>
    public string Recorded(VisitParticipantView participant, JointStep step) => participant switch
    {
        { Acceptance: { Passed: true } passed } => T("验收合格", "passed") + T("。", ". ") + passed.Remarks,
        { Acceptance: { } failed } => T("验收未通过，需整改", "not passed, to put right") + T("：", ": ") + failed.Remarks,
        { Findings: { } findings } => Findings(findings),
        { RecordedAt: not null } => step == JointStep.Survey ? T("已踏勘", "surveyed") : T("已验收", "inspected"),
        { Ready: false } => T("尚未到验收环节", "not at its inspection yet"),
        _ => step == JointStep.Survey ? T("待上门踏勘", "to survey") : T("待上门验收", "to inspect"),
    };

    public string Findings(SurveyFindings findings) => (findings.ExternalWorksNeeded
        ? T($"需外线工程约 {findings.ExternalWorksMetres} 米，路由：{findings.ExternalWorksRoute}", $"external works of about {findings.ExternalWorksMetres} m, route: {findings.ExternalWorksRoute}")
        : T("无需外线工程", "no external works")) + T("。", ". ") + findings.Findings;

    public string Department(Department department) => T(department.Chinese(), department.English());

    /// <summary>A department as a token names it (camelCase); an unknown name is shown as it is.</summary>
    public string Department(string department) => Enum.TryParse<Department>(department, ignoreCase: true, out var known) ? Department(known) : department;

    public string RouteFeature(RouteFeature feature) => feature switch
    {
        Contracts.Approvals.RouteFeature.RoadExcavation => T("开挖城市道路", "digs up a city road"),
        Contracts.Approvals.RouteFeature.RoadOccupation => T("占用城市道路", "occupies a road"),
        _ => T("占用或穿越绿地", "crosses green space"),
    };

    public string ApprovalStatus(ExternalWorksApprovalStatus status) => status switch
    {
        ExternalWorksApprovalStatus.UnderReview => T("审批中", "under review"),
        ExternalWorksApprovalStatus.Approved => T("已准予许可", "approved"),
        ExternalWorksApprovalStatus.CommitmentFiled => T("告知承诺备案，无需许可", "filed on commitment, no permit needed"),
        _ => T("不予许可", "rejected"),
    };

    public string ReviewStatus(ReviewStatus status) => status switch
    {
        Contracts.Approvals.ReviewStatus.Pending => T("待审批", "to decide"),
        Contracts.Approvals.ReviewStatus.CorrectionRequested => T("待补正", "awaiting a correction"),
        Contracts.Approvals.ReviewStatus.Approved => T("准予许可", "approved"),
        Contracts.Approvals.ReviewStatus.Rejected => T("不予许可", "rejected"),
        _ => T("未决（他部门已不予许可）", "closed (another department rejected)"),
    };

    public string WorksApproval(WorksApprovalOutcome outcome) => outcome.Status switch
    {
        ExternalWorksApprovalStatus.Approved => T($"已通过，各单位同沟施工时间 {outcome.WorksFrom:yyyy-MM-dd} 至 {outcome.WorksUntil:yyyy-MM-dd}",
            $"approved: every utility in the trench works from {outcome.WorksFrom:yyyy-MM-dd} to {outcome.WorksUntil:yyyy-MM-dd}"),
        ExternalWorksApprovalStatus.CommitmentFiled => T($"无需行政许可，已告知承诺备案，施工时间 {outcome.WorksFrom:yyyy-MM-dd} 至 {outcome.WorksUntil:yyyy-MM-dd}",
            $"no permit needed, filed on commitment: works from {outcome.WorksFrom:yyyy-MM-dd} to {outcome.WorksUntil:yyyy-MM-dd}"),
        ExternalWorksApprovalStatus.Rejected => T($"{outcome.RejectedBy?.Chinese()}不予许可：{outcome.Reason}。请调整路由后重新报批",
            $"refused by {outcome.RejectedBy?.English()}: {outcome.Reason}. Revise the route and file it again"),
        _ => T("审批中", "with the departments"),
    };

    public string VisitStatus(JointVisitStatus status) => status switch
    {
        JointVisitStatus.AwaitingUtilities => T("等待各单位就绪", "waiting for the utilities"),
        JointVisitStatus.AwaitingBooking => T("待预约", "to be booked"),
        JointVisitStatus.Booked => T("已预约", "booked"),
        JointVisitStatus.Done => T("已完成", "done"),
        _ => T("已取消", "withdrawn"),
    };

    public string Dated(DateTimeOffset? at, CalendarBasis? calendar) => Time(at) + (at is null ? "" : ProvisionalNote(calendar));

    /// <summary>"（暂按法定节假日计算…）" after a date that rests on a year whose official schedule is not published yet.</summary>
    public string ProvisionalNote(CalendarBasis? calendar) => calendar?.IsProvisional == true
        ? T($"（{CalendarWording.ProvisionalZh}）", $" ({CalendarWording.ProvisionalEn})")
        : "";

    /// <summary>A promised document's due moment (releases before provisional calendars could leave it to follow).</summary>
    public string CommitmentDue(DateTimeOffset? due, CalendarBasis? calendar) => due is not null
        ? Dated(due, calendar)
        : T("待节假日安排发布后确定", "to be set when the holiday schedule is published");

    /// <summary>
    /// Working days as people say them: "2 个工作日 / 2 working days", to a tenth at most (a stage's time so far is counted
    /// to the second, and "0.0004" says nothing to anyone).
    /// </summary>
    public string WorkingDays(double? days)
    {
        if (days is not { } value)
            return "—";
        var shown = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        if (value > 0 && shown == 0)
            return T("不足 0.1 个工作日", "under 0.1 working days");
        var number = shown.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        return T($"{number} 个工作日", shown == 1 ? "1 working day" : $"{number} working days");
    }

    /// <summary>Why a utility's clock stands: what the applicant owes it.</summary>
    public string ClockPausedFor(PauseKind kind, bool applicantReads) => (kind, applicantReads) switch
    {
        (PauseKind.Correction, true) => T("计时暂停：等待您答复补正", "Clock paused: waiting for your answer to the correction"),
        (PauseKind.CustomerWorks, true) => T("计时暂停：等待您完成内部工程并申报竣工", "Clock paused: waiting for you to finish your own works and declare them complete"),
        (PauseKind.CommittedDocument, true) => T("计时暂停：等待您补交承诺的材料", "Clock paused: waiting for the document you promised"),
        (PauseKind.VisitBooking, true) => T("计时暂停：等待联合上门（踏勘或验收）的预约", "Clock paused: waiting for the joint visit (survey or acceptance) to be booked"),
        (PauseKind.VisitBooking, false) => T("计时暂停：等待申请人预约联合上门（踏勘或验收）", "Clock paused: waiting for the applicant to book the joint visit (survey or acceptance)"),
        (PauseKind.WorksApproval, _) => T("计时暂停：外线工程正在联合审批（审批部门的时间不计入单位时限）", "Clock paused: the departments are deciding the external works (their time is not the utility's)"),
        (PauseKind.Correction, false) => T("计时暂停：等待申请人答复补正", "Clock paused: waiting for the applicant's answer to the correction"),
        (PauseKind.CustomerWorks, false) => T("计时暂停：等待客户完成内部工程并申报竣工", "Clock paused: waiting for the customer's own works"),
        (PauseKind.CommittedDocument, false) => T("计时暂停：等待申请人补交承诺的材料（本环节须凭该材料办结）", "Clock paused: waiting for a document the applicant promised (this stage needs it)"),
        _ => "",
    };

    /// <summary>What a stage recorded (<see cref="StageProducts"/>): the field's name, or null for a field with no wording.</summary>
    public string? ProductLabel(string field) => StageProducts.Label(field) is { } label ? T(label.Zh, label.En) : null;

    public string ProductValue(string field, string value) => StageProducts.Value(field, value) is var shown ? T(shown.Zh, shown.En) : value;

    /// <summary>An enum value as the API writes it ("awaitingCorrection"), as form values and data attributes carry it.</summary>
    public static string Name(Enum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public string Utility(UtilityKind utility) => Utility(Name(utility));

    public string Status(Enum status) => Status(Name(status));

    public string Utility(string? utility) => utility switch
    {
        "electricity" => T("电", "Electricity"),
        "water" => T("水", "Water"),
        "gas" => T("气", "Gas"),
        "heat" => T("热", "Heat"),
        "network" => T("网", "Network"),
        _ => utility ?? "",
    };

    /// <summary>The utility's company, as people who expect a visit from it say: "供电公司", "the electricity company".</summary>
    public string Company(UtilityKind utility)
    {
        var (chinese, english) = utility.CompanyName();
        return T(chinese, "the " + english);
    }

    /// <summary>Several companies in one phrase: "供电公司、供水公司", "the electricity company and water company".</summary>
    public string Companies(IEnumerable<UtilityKind> utilities)
    {
        var (chinese, english) = utilities.CompanyNames();
        return T(chinese, "the " + english);
    }

    /// <summary>What the forms call a utility's request field (capacityKw, usage, …).</summary>
    public string Field(string name) => name switch
    {
        "capacityKw" => T("用电容量（千瓦）", "Capacity (kW)"),
        "usage" => T("用途", "Use"),
        "powerSource" => T("电源", "Power source"),
        "pipeDiameterMm" => T("管径（毫米）", "Pipe diameter (mm)"),
        "peakLoadM3PerHour" => T("高峰用气量（立方米/小时）", "Peak load (m³/h)"),
        "heatedAreaM2" => T("供热面积（平方米）", "Heated area (m²)"),
        "bandwidthMbps" => T("带宽（Mbps）", "Bandwidth (Mbps)"),
        _ => name,
    };

    /// <summary>A request field's value as the forms offered it (usage and power source by name).</summary>
    public string FieldValue(string name, string? value) => (name, value) switch
    {
        ("usage", _) when Usages.All.FirstOrDefault(u => u.Value == value) is { Value: not null } usage => T(usage.Chinese, usage.English),
        ("powerSource", "single") => T("单电源", "Single"),
        ("powerSource", "dual") => T("双电源", "Dual"),
        _ => value ?? "",
    };

    public string Status(string? status) => status switch
    {
        "submitted" => T("已提交", "Submitted"),
        "inProgress" => T("办理中", "In progress"),
        "completed" => T("已办结", "Completed"),
        "partiallyCompleted" => T("部分办结", "Partly completed"),
        "rejected" => T("不予办理", "Rejected"),
        "pending" => T("待接收", "Waiting"),
        "received" => T("待受理", "Received"),
        "awaitingCorrection" => T("待补正", "Correction needed"),
        "awaitingCustomerWorks" => T("待客户工程竣工", "Waiting for your works"),
        "connected" => T("已接通", "Connected"),
        _ => status ?? "",
    };
}
