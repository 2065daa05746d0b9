using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OneStop.Intake;
using OneStop.Messaging.Outbox;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Messaging;

/// <summary>An event of the tests' own, which no service consumes: publishing it changes nothing but the outbox.</summary>
public sealed record DeadLetterProbe(string Label);

/// <summary>
/// An outbox row that can never be published (its type no longer resolves) is moved to the dead letters at its first
/// attempt, holding up none of the rows behind it; an administrator lists and reads it (audited) and, once its cause is
/// fixed, replays it into the outbox (audited), from where it is published under its own message id.
/// </summary>
public sealed class DeadLetterTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private const string Gone = "OneStop.ServiceTests.Messaging.RenamedSinceProbe, OneStop.ServiceTests";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_row_that_can_never_be_published_is_dead_lettered_visible_and_replayable_and_blocks_nothing()
    {
        var (bad, good) = (Row("bad"), Row("good"));
        typeof(OutboxMessage).GetProperty(nameof(OutboxMessage.MessageType))!.SetValue(bad, Gone);
        await host.QueryAsync(async (IntakeDbContext db) =>
        {
            db.Outbox.AddRange(bad, good);
            return await db.SaveChangesAsync(Cancellation);
        });

        await Eventually.UntilAsync(() => host.QueryAsync((IntakeDbContext db) => db.Outbox.AnyAsync(m => m.MessageId == good.MessageId && m.SentAt != null)),
            sent => sent, "the row behind the broken one to be published");
        var dead = await Eventually.UntilAsync(() => host.QueryAsync((IntakeDbContext db) => db.OutboxDeadLetters.AsNoTracking().SingleOrDefaultAsync(d => d.MessageId == bad.MessageId)),
            row => row is not null, "the broken row to be dead-lettered");
        Assert.False(await host.QueryAsync((IntakeDbContext db) => db.Outbox.AnyAsync(m => m.MessageId == bad.MessageId)));
        Assert.Equal(1, dead!.Attempts);

        var admin = host.ClientFor("admin");
        var listed = await admin.GetFromJsonAsync<JsonArray>("/api/intake/dead-letters", Cancellation);
        var summary = listed!.Select(d => d!.AsObject()).Single(d => (long)d["id"]! == dead.Id);
        Assert.Equal(Gone, (string?)summary["messageType"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)summary["error"]));
        Assert.Null(summary["body"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.ClientFor("regulator").GetAsync("/api/intake/dead-letters", Cancellation)).StatusCode);
        var read = await admin.GetFromJsonAsync<JsonObject>($"/api/intake/dead-letters/{dead.Id}", Cancellation);
        Assert.Contains("\"label\":\"bad\"", (string?)read!["body"]);

        // Its cause fixed (here: the type it names exists again), the administrator replays it.
        await host.QueryAsync((IntakeDbContext db) => db.OutboxDeadLetters.Where(d => d.Id == dead.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.MessageType, good.MessageType), Cancellation));
        using var replay = await admin.PostAsync($"/api/intake/dead-letters/{dead.Id}/replay", null, Cancellation);
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        await Eventually.UntilAsync(() => host.QueryAsync((IntakeDbContext db) => db.Outbox.AnyAsync(m => m.MessageId == bad.MessageId && m.SentAt != null)),
            sent => sent, "the replayed row to be published under its own message id");
        Assert.False(await host.QueryAsync((IntakeDbContext db) => db.OutboxDeadLetters.AnyAsync(d => d.Id == dead.Id)));
        await (await admin.PostAsync($"/api/intake/dead-letters/{dead.Id}/replay", null, Cancellation)).AssertProblemAsync(HttpStatusCode.NotFound);

        var audit = (await admin.GetFromJsonAsync<JsonObject>("/api/intake/audit?limit=100", Cancellation))!["entries"]!.AsArray()
            .Select(e => e!.AsObject()).Where(e => (string?)e["resource"] == $"dead-letter/{dead.Id}").Select(e => (string?)e["action"]).ToList();
        Assert.Equal(["dead-letter.replay", "dead-letter.read"], audit);
    }

    private OutboxMessage Row(string label) => OutboxMessage.For(new DeadLetterProbe(label), host.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(30));
}
