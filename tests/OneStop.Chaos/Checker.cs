using OneStop.Testing;

namespace OneStop.Chaos;

/// <summary>What the databases hold, set against what the load was told (each count is of things, not of applications).</summary>
public sealed record Verdict(
    int Offered,
    int Acknowledged,
    int GivenUp,
    int GivenUpButFiled,
    int LostApplications,
    int DuplicatedApplications,
    int Stuck,
    int ExpectedCases,
    int LostCases,
    int DuplicatedCases,
    int UnrequestedCases,
    int ExpectedNotices,
    int LostNotices,
    int DuplicatedNotices,
    IReadOnlyList<string> Examples)
{
    public int Lost => LostApplications + LostCases + LostNotices;
    public int Duplicated => DuplicatedApplications + DuplicatedCases + UnrequestedCases + DuplicatedNotices;
    public bool Clean => Lost == 0 && Duplicated == 0 && Stuck == 0;
}

/// <summary>
/// The Jepsen-style check after the run: every application acknowledged with 202 exists exactly once; each requested
/// utility holds exactly one case for it and the others none; the applicant has exactly one notice per (event, channel)
/// — the submission, and each utility's receipt — on every channel the submission's notice went to; and every one is
/// in progress.
/// </summary>
public sealed class Checker(Database database, SteadyLoad load, DateTimeOffset runStartedAt)
{
    private const int MaxExamples = 10;

    public async Task<Verdict> CheckAsync()
    {
        var offers = load.Offers.ToList();
        var acknowledged = offers.Where(o => o.ApplicationId is not null).ToList();
        var ids = acknowledged.Select(o => o.ApplicationId!.Value).ToList();
        var examples = new List<string>();
        void Example(string what)
        {
            if (examples.Count < MaxExamples) examples.Add(what);
        }

        // Applications: by id, by key, and every one filed since the run began, which a key must name.
        var statuses = (await database.QueryAsync("intake",
                $"""SELECT "Id", "Status" FROM joint_applications WHERE "SubmittedAt" >= '{runStartedAt:O}' AND "FiledBy" = '{PublicApiClient.Clerk}';"""))
            .ToDictionary(row => Guid.Parse(row[0]), row => row[1]);
        var keyed = (await database.QueryAsync("intake",
                $"""SELECT "Key", "ApplicationId" FROM idempotency_keys WHERE "Key" LIKE '{load.KeyPrefix}%';"""))
            .ToDictionary(row => row[0], row => Guid.Parse(row[1]));
        var lost = acknowledged.Where(o => !statuses.ContainsKey(o.ApplicationId!.Value)).ToList();
        lost.ForEach(o => Example($"lost: application {o.ApplicationId} ({o.IdempotencyKey}) was acknowledged and is not in intake"));
        var answeredTwice = acknowledged.Where(o => o.AnsweredIds.Count > 1).ToList();
        answeredTwice.ForEach(o => Example($"duplicated: {o.IdempotencyKey} was acknowledged as {string.Join(" and ", o.AnsweredIds)}"));
        var unnamed = statuses.Keys.Except(keyed.Values).ToList();
        unnamed.ForEach(id => Example($"duplicated: application {id} was filed in the run and no Idempotency-Key names it"));
        var stuck = acknowledged.Where(o => statuses.TryGetValue(o.ApplicationId!.Value, out var status) && status != "InProgress").ToList();
        var awaited = (await database.QueryAsync("intake",
                $"""SELECT "ApplicationId", string_agg("Utility", ',') FROM utility_progress WHERE "UtilityApplicationId" IS NULL AND "ApplicationId" = ANY({Database.Ids(stuck.Select(o => o.ApplicationId!.Value))}) GROUP BY 1;"""))
            .ToDictionary(row => Guid.Parse(row[0]), row => row[1]);
        stuck.ForEach(o => Example($"stuck: application {o.ApplicationId} is {statuses[o.ApplicationId!.Value]}, " +
            $"no receipt from {awaited.GetValueOrDefault(o.ApplicationId!.Value, "?")}"));
        var givenUp = offers.Where(o => o.ApplicationId is null).ToList();

        // Cases: one at each requested utility, none at the others.
        int expectedCases = 0, lostCases = 0, duplicatedCases = 0, unrequestedCases = 0;
        foreach (var utility in SampleApplications.Utilities)
        {
            var cases = (await database.QueryAsync(utility,
                    $"""SELECT "JointApplicationId", count(*) FROM applications WHERE "JointApplicationId" = ANY({Database.Ids(ids)}) GROUP BY 1;"""))
                .ToDictionary(row => Guid.Parse(row[0]), row => int.Parse(row[1]));
            foreach (var offer in acknowledged)
            {
                var count = cases.GetValueOrDefault(offer.ApplicationId!.Value);
                var requested = offer.Utilities.Contains(utility);
                expectedCases += requested ? 1 : 0;
                if (requested && count == 0)
                {
                    lostCases++;
                    Example($"lost: {utility} holds no case for application {offer.ApplicationId}");
                }
                else if (requested && count > 1)
                {
                    duplicatedCases += count - 1;
                    Example($"duplicated: {utility} holds {count} cases for application {offer.ApplicationId}");
                }
                else if (!requested && count > 0)
                {
                    unrequestedCases += count;
                    Example($"unrequested: {utility} holds a case for application {offer.ApplicationId}, which did not ask for it");
                }
            }
        }

        // Notices: per channel, the submission's once, one receipt per requested utility, and one request to book the
        // joint survey where water, gas or heat was asked for (the sample's electricity is low voltage: no survey).
        var notices = (await database.QueryAsync("notification",
                $"""SELECT "ApplicationId", "EventType", "Channel", count(*) FROM notifications WHERE "ApplicationId" = ANY({Database.Ids(ids)}) GROUP BY 1, 2, 3;"""))
            .ToLookup(row => Guid.Parse(row[0]), row => (Event: row[1], Channel: row[2], Count: int.Parse(row[3])));
        int expectedNotices = 0, lostNotices = 0, duplicatedNotices = 0;
        foreach (var offer in acknowledged)
        {
            var held = notices[offer.ApplicationId!.Value].ToList();
            var channels = held.Where(n => n.Event == "JointApplicationSubmitted").Select(n => n.Channel).Append("inbox").Distinct();
            foreach (var channel in channels)
            foreach (var (eventType, expected) in new[]
                     {
                         ("JointApplicationSubmitted", 1), ("UtilityApplicationReceived", offer.Utilities.Length),
                         ("JointVisitBookingOpened", offer.Utilities.Any(u => u is "water" or "gas" or "heat") ? 1 : 0),
                     })
            {
                var count = held.Where(n => n.Event == eventType && n.Channel == channel).Sum(n => n.Count);
                expectedNotices += expected;
                if (count < expected)
                {
                    lostNotices += expected - count;
                    Example($"lost: {expected - count} of {expected} {eventType} notices by {channel} for application {offer.ApplicationId}");
                }
                else if (count > expected)
                {
                    duplicatedNotices += count - expected;
                    Example($"duplicated: {count} {eventType} notices by {channel} for application {offer.ApplicationId}, {expected} expected");
                }
            }
        }

        return new Verdict(offers.Count, acknowledged.Count, givenUp.Count, givenUp.Count(o => keyed.ContainsKey(o.IdempotencyKey)),
            lost.Count, answeredTwice.Count + unnamed.Count, stuck.Count, expectedCases, lostCases, duplicatedCases, unrequestedCases,
            expectedNotices, lostNotices, duplicatedNotices, examples);
    }
}
