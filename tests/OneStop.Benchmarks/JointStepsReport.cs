using OneStop.Approvals.ExternalWorksApprovals;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.Approvals;
using OneStop.Contracts.JointSteps;
using OneStop.Intake.JointVisits;
using OneStop.Workflow;

namespace OneStop.Benchmarks;

/// <summary>
/// What the joint steps are worth (issue 18, item 7): the working days from filing to the last connection of a generated
/// set of applications, counted on the shipped calendar with the platform's own catalogues, slot rules and approval rules,
/// once with the joint steps and once as the same cases handled one utility at a time.
/// <para>
/// Every actor takes all the time its rules allow: each stage its limit, each department its decision limit, the external
/// works their whole window, the customer's own works a generated 10–40 working days (high voltage) or 0–10 (water, gas,
/// heat); the applicant books the first slot offered. Jointly: one survey at the first slot every surveying utility
/// offers, one approval for the trench with the departments in parallel, one works window, utilities in parallel, and one
/// acceptance booked once the last inspecting utility has the customer's works. One at a time: the applicant goes to the
/// next utility once the last one has connected; each surveys on its own first slot, files its own external works with the
/// departments one after another (serial approval), digs its own trench and inspects on its own first slot.
/// </para>
/// </summary>
public static class JointStepsReport
{
    private const int Cases = 300;

    private sealed record Works(UtilityKind Utility, int Metres, IReadOnlyList<RouteFeature> Features, bool LowVoltage);

    private sealed record Case(DateTimeOffset FiledAt, IReadOnlyList<StageCatalogue> Catalogues, IReadOnlyDictionary<UtilityKind, Works> Works,
        IReadOnlyDictionary<UtilityKind, double> CustomerWorkingDays);

    /// <summary>A joint visit as a stage sees it: booked (its clock runs from then), and when it takes place.</summary>
    private sealed record Visit(DateTimeOffset BookedAt, DateTimeOffset Start, DateTimeOffset End);

    public static int Run()
    {
        var calendar = new WorkingDayCalendar(CalendarFiles.Load([Path.Combine(AppContext.BaseDirectory, "calendars")]));
        var catalogues = new StageCatalogues(Microsoft.Extensions.Options.Options.Create(new WorkflowOptions()));
        var (visitRules, approvalRules) = (new JointVisitRules(), new ApprovalRules());
        var cases = Generate(new Random(2026), calendar, catalogues).ToList();
        var joint = cases.Select(c => calendar.WorkingDaysBetween(c.FiledAt, Jointly(c, calendar, visitRules, approvalRules))).ToList();
        var apart = cases.Select(c => calendar.WorkingDaysBetween(c.FiledAt, OneAtATime(c, calendar, visitRules, approvalRules))).ToList();

        Console.WriteLine($"Joint steps — {Cases} generated applications (seed 2026, filed on 2026 working days), working days from filing to the last connection");
        Console.WriteLine($"{"",-28}{"mean",8}{"median",8}{"p90",8}{"max",8}");
        Row("joint steps", joint);
        Row("one utility at a time", apart);
        var ratio = joint.Average() / apart.Average();
        Console.WriteLine($"ratio joint / one at a time: {ratio:F2}; survey visits {cases.Sum(c => Visits(c, JointStep.Survey))} → {cases.Count(c => Visits(c, JointStep.Survey) > 0)}; " +
            $"external-works applications {cases.Sum(c => c.Works.Count)} → {cases.Count(c => c.Works.Count > 0)}; " +
            $"acceptance visits {cases.Sum(c => Visits(c, JointStep.Acceptance))} → {cases.Count(c => Visits(c, JointStep.Acceptance) > 0)}");
        var slower = Enumerable.Range(0, cases.Count).Count(i => joint[i] > apart[i] + 1e-9);
        Console.WriteLine($"{(slower == 0 ? "PASS" : "FAIL")}: no case takes longer jointly ({slower} do)");
        return slower == 0 ? 0 : 1;
    }

    private static int Visits(Case @case, JointStep step) => @case.Catalogues.Count(c => c.Stages.Any(s => s.Joint == step));

    private static void Row(string name, List<double> days)
    {
        var sorted = days.Order().ToList();
        Console.WriteLine($"{name,-28}{days.Average(),8:F1}{sorted[sorted.Count / 2],8:F1}{sorted[(int)(sorted.Count * 0.9)],8:F1}{sorted[^1],8:F1}");
    }

    /// <summary>
    /// All utilities at once; one survey, one approval, one window, one acceptance for them all (booked once the last
    /// inspecting utility is ready for it). The last connection.
    /// </summary>
    private static DateTimeOffset Jointly(Case @case, WorkingDayCalendar calendar, JointVisitRules visits, ApprovalRules approvals)
    {
        var survey = FirstSlot(Taking(@case, JointStep.Survey), @case.FiledAt, calendar, visits);
        var worksReady = @case.Works.Count == 0 ? (DateTimeOffset?)null : Approved(@case.Works.Values, survey.End, calendar, approvals, serial: false);
        var ready = @case.Catalogues.Select(c => Connected(c, @case, @case.FiledAt, survey, worksReady, at => new Visit(at, at, at), calendar).ReadyForAcceptance)
            .OfType<DateTimeOffset>().DefaultIfEmpty(@case.FiledAt).Max();
        var acceptance = FirstSlot(Taking(@case, JointStep.Acceptance), ready, calendar, visits);
        return @case.Catalogues.Max(c => Connected(c, @case, @case.FiledAt, survey, worksReady, _ => acceptance, calendar).At);
    }

    private static List<UtilityKind> Taking(Case @case, JointStep step) =>
        @case.Catalogues.Where(c => c.Stages.Any(s => s.Joint == step)).Select(c => CatalogueKeys.UtilityOf(c.Key)).ToList();

    /// <summary>Each utility in turn, from the last one's connection: its own visit, its own serial approval, its own trench.</summary>
    private static DateTimeOffset OneAtATime(Case @case, WorkingDayCalendar calendar, JointVisitRules visits, ApprovalRules approvals)
    {
        var at = @case.FiledAt;
        foreach (var catalogue in @case.Catalogues)
        {
            var utility = CatalogueKeys.UtilityOf(catalogue.Key);
            var survey = FirstSlot(catalogue.Stages.Any(s => s.Joint == JointStep.Survey) ? [utility] : [], at, calendar, visits);
            var worksReady = @case.Works.TryGetValue(utility, out var works) ? Approved([works], survey.End, calendar, approvals, serial: true) : (DateTimeOffset?)null;
            at = Connected(catalogue, @case, at, survey, worksReady, ready => FirstSlot([utility], ready, calendar, visits), calendar).At;
        }
        return at;
    }

    /// <summary>
    /// Stages at their limits; the survey's waits for the visit; the next waits for the works and the customer's own; the
    /// inspection for the acceptance visit, given by <paramref name="acceptance"/> from when the stage is ready for it.
    /// </summary>
    private static (DateTimeOffset At, DateTimeOffset? ReadyForAcceptance) Connected(StageCatalogue catalogue, Case @case, DateTimeOffset filedAt, Visit survey,
        DateTimeOffset? worksReady, Func<DateTimeOffset, Visit> acceptance, WorkingDayCalendar calendar)
    {
        var at = filedAt;
        var surveyed = false;
        DateTimeOffset? readyForAcceptance = null;
        var utility = CatalogueKeys.UtilityOf(catalogue.Key);
        foreach (var stage in catalogue.Stages)
        {
            var start = at;
            if (surveyed && worksReady is { } ready && @case.Works.ContainsKey(utility))
                start = Max(start, ready);
            if (stage.AwaitsCustomerWorks)
                start = Max(start, calendar.AddWorkingDays(at, @case.CustomerWorkingDays.GetValueOrDefault(utility)));
            // A stage that takes part in a visit runs from its booking and ends no sooner than the visit.
            var visit = stage.Joint switch
            {
                JointStep.Survey => survey,
                JointStep.Acceptance => acceptance((readyForAcceptance = start).Value),
                _ => null,
            };
            at = visit is null
                ? calendar.AddWorkingDays(start, stage.LimitWorkingDays)
                : Max(calendar.AddWorkingDays(Max(start, visit.BookedAt), stage.LimitWorkingDays), visit.End);
            surveyed |= stage.Joint == JointStep.Survey;
        }
        return (at, readyForAcceptance);
    }

    /// <summary>The end of the works window: departments at their limits, in parallel or one after another; then the window.</summary>
    private static DateTimeOffset Approved(IEnumerable<Works> works, DateTimeOffset filedAt, WorkingDayCalendar calendar, ApprovalRules rules, bool serial)
    {
        var trench = works.Select(w => new ExternalWorks(w.Utility, Guid.Empty, w.Metres, "", w.Features, w.LowVoltage)).ToList();
        var limits = rules.DepartmentsFor(trench).Select(d => (double)rules.WorkingDaysFor(d)).DefaultIfEmpty(0).ToList();
        var decided = calendar.AddWorkingDays(filedAt, serial ? limits.Sum() : limits.Max());
        return calendar.AddWorkingDays(decided, rules.WorksWindowWorkingDays);
    }

    /// <summary>The first slot every utility named offers, booked at <paramref name="from"/> (the applicant books at once).</summary>
    private static Visit FirstSlot(IReadOnlyList<UtilityKind> utilities, DateTimeOffset from, WorkingDayCalendar calendar, JointVisitRules rules)
    {
        if (utilities.Count == 0)
            return new Visit(from, from, from);
        var availability = utilities.Select(u => SurveyorAvailability.Default(u, rules)).ToList();
        // The window moves on a working day at a time until a slot is offered (never more than a few days at the defaults).
        for (var now = from; ; now = calendar.AddWorkingDays(now, 1))
            if (VisitSlots.Common(availability, new Dictionary<(UtilityKind, DateTimeOffset), int>(), calendar, rules, now) is [var first, ..])
                return new Visit(from, first.Start, first.End);
    }

    private static IEnumerable<Case> Generate(Random random, WorkingDayCalendar calendar, StageCatalogues catalogues)
    {
        var workingDays = Enumerable.Range(0, 365).Select(d => new DateOnly(2026, 1, 1).AddDays(d)).Where(calendar.IsWorkingDay).ToList();
        var chance = new Dictionary<UtilityKind, double>
            { [UtilityKind.Electricity] = 0.9, [UtilityKind.Water] = 0.8, [UtilityKind.Gas] = 0.6, [UtilityKind.Heat] = 0.3, [UtilityKind.Network] = 0.7 };
        for (var i = 0; i < Cases; i++)
        {
            var utilities = chance.Where(c => random.NextDouble() < c.Value).Select(c => c.Key).ToList();
            if (utilities.Count < 2)
                utilities = [UtilityKind.Electricity, UtilityKind.Water];
            var highVoltage = random.NextDouble() < 0.3;
            var keys = utilities.Select(u => u switch
            {
                UtilityKind.Electricity => highVoltage ? CatalogueKeys.ElectricityHighVoltageSingleSource : CatalogueKeys.ElectricityLowVoltageNonResidential,
                UtilityKind.Water => CatalogueKeys.Water,
                UtilityKind.Gas => CatalogueKeys.Gas,
                UtilityKind.Heat => CatalogueKeys.Heat,
                _ => CatalogueKeys.Network,
            }).Select(key => catalogues.For(key, "330106")).ToList();
            // Utilities that survey may find external works: their length and what the route does to public space.
            var works = keys.Where(c => c.Stages.Any(s => s.Joint == JointStep.Survey) && random.NextDouble() < 0.6)
                .Select(c => CatalogueKeys.UtilityOf(c.Key))
                .ToDictionary(u => u, u => new Works(u, random.Next(20, 400),
                    Enum.GetValues<RouteFeature>().Where(_ => random.NextDouble() < 0.5).ToList(), u == UtilityKind.Electricity && !highVoltage));
            var day = workingDays[random.Next(workingDays.Count)];
            var filedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(9 + random.Next(8), 0)), WorkingDayCalendar.ChinaOffset);
            // The customer's own works: a substation takes weeks, pipes and a meter box days.
            var customerWorks = utilities.ToDictionary(u => u, u => (double)(u == UtilityKind.Electricity ? highVoltage ? random.Next(10, 41) : 0 : random.Next(0, 11)));
            yield return new Case(filedAt, keys, works, customerWorks);
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
