using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Contracts;
using OneStop.ServiceTests.Infrastructure;
using static OneStop.ServiceTests.Infrastructure.ChinaTime;

namespace OneStop.ServiceTests.Notifications;

/// <summary>
/// Messages on SMS, e-mail and DingTalk through Dapr output bindings (a fake sidecar on a local port): the exact binding
/// requests, one message per event and channel however often the event comes, retries then a recorded failure, quiet
/// hours, and the applicant's own choice of channels.
/// </summary>
public sealed class ChannelTests(NotifyingHost host) : IClassFixture<NotifyingHost>
{
    private const string Email = "zhangsan@example.cn";
    private static readonly DateTimeOffset Daytime = China("2026-03-02T10:00");
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;
    private readonly OneStopApi _api = host.Api;

    [Fact]
    public async Task Each_message_reaches_the_inbox_and_the_sms_and_email_bindings_exactly_as_dapr_takes_them()
    {
        host.Clock.AdjustTime(Daytime);
        var submitted = await _api.SubmitAsync(WithEmail("network"));

        var messages = await SentAsync(submitted.Id, count: 4); // submitted and received by the network operator, each by SMS and e-mail
        var sms = messages.Single(n => n.EventType == "JointApplicationSubmitted" && n.Channel == "sms");
        var email = messages.Single(n => n.EventType == "JointApplicationSubmitted" && n.Channel == "email");
        Bilingual.AssertIs(sms.Body);
        Assert.Contains(submitted.Number, sms.Body);
        AssertRequest(host.Sidecar.To("sms").Single(r => (string?)r.Body["data"] == sms.Body),
            new JsonObject { ["operation"] = "create", ["data"] = sms.Body, ["metadata"] = new JsonObject { ["toNumber"] = "+8613800138000" } });
        AssertRequest(host.Sidecar.To("email").Single(r => (string?)r.Body["data"] == email.Body),
            new JsonObject { ["operation"] = "create", ["data"] = email.Body, ["metadata"] = new JsonObject { ["emailTo"] = Email, ["subject"] = email.Title } });
        Assert.Equal(2, (await _api.ListNotificationsAsync(submitted.Id)).Count(n => n.Channel == "inbox"));
    }

    [Fact]
    public async Task An_event_delivered_twice_makes_one_message_per_channel()
    {
        host.Clock.AdjustTime(Daytime);
        var submitted = await _api.SubmitAsync(WithEmail("network"));
        await SentAsync(submitted.Id, count: 4);
        var connected = new UtilityConnected(submitted.Id, UtilityKind.Network, Guid.NewGuid(), host.Clock.GetUtcNow(), 1.5, true,
            new UtilityCaseState(99, UtilityCaseStatus.Connected, null, null, host.Clock.GetUtcNow()));
        var messageId = Guid.NewGuid();
        var bus = host.Services.GetRequiredService<IBus>();

        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => bus.Publish(connected, context => context.MessageId = messageId, Cancellation)));

        var messages = await SentAsync(submitted.Id, count: 6);
        var copies = messages.Where(n => n.EventType == "UtilityConnected").ToList();
        Assert.Equal(["email", "sms"], copies.Select(n => n.Channel).Order());
        Assert.Single(await _api.ListNotificationsAsync(submitted.Id), n => n.EventType == "UtilityConnected" && n.Channel == "inbox");
        Assert.Single(host.Sidecar.To("sms"), r => (string?)r.Body["data"] == copies.Single(n => n.Channel == "sms").Body);
    }

    [Fact]
    public async Task A_binding_that_keeps_failing_is_tried_three_times_then_recorded_failed_and_an_administrator_sends_it_again()
    {
        host.Clock.AdjustTime(Daytime);
        host.Sidecar.Failing["email"] = true;
        var submitted = await _api.SubmitAsync(WithEmail("heat"));

        var failed = await Eventually.UntilAsync(() => DeliveriesAsync("failed"),
            list => list.Any(d => (Guid)d!["applicationId"]! == submitted.Id && (string?)d["eventType"] == "JointApplicationSubmitted"),
            "the e-mail to be given up on");
        var delivery = failed.Single(d => (Guid)d!["applicationId"]! == submitted.Id && (string?)d["eventType"] == "JointApplicationSubmitted")!;
        Assert.Equal(("email", 3, "z***@example.cn"), ((string)delivery["channel"]!, (int)delivery["attempts"]!, (string)delivery["address"]!));
        Assert.Equal("Internal: email provider is down", (string?)delivery["lastError"]);
        var body = (await _api.ListNotificationsAsync(submitted.Id)).Single(n => n.Id == (Guid)delivery["id"]!).Body;
        Assert.Equal(3, host.Sidecar.To("email").Count(r => (string?)r.Body["data"] == body));

        host.Sidecar.Failing.TryRemove("email", out _);
        using var retry = await _api.As("admin").PostAsync($"/api/notifications/deliveries/{delivery["id"]}/retry", null, Cancellation);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await Eventually.UntilAsync(() => _api.ListNotificationsAsync(submitted.Id), list => list.Single(n => n.Id == (Guid)delivery["id"]!).Status == "sent",
            "the e-mail to go out on the second try");
    }

    [Fact]
    public async Task No_sms_goes_out_at_night_but_an_overdue_alert_to_staff_and_the_rest_wait_for_the_morning()
    {
        host.Clock.AdjustTime(China("2026-03-02T23:00"));
        var submitted = await _api.SubmitAsync(WithEmail("electricity"));
        var bus = host.Services.GetRequiredService<IBus>();
        var stage = new StageName("acceptance", "业务受理", "Application accepted");
        await bus.Publish(new UtilityStageOverdue(submitted.Id, submitted.Number, UtilityKind.Electricity, Guid.NewGuid(), stage, China("2026-03-02T22:00")), Cancellation);
        await bus.Publish(new UtilityStageDueSoon(submitted.Id, submitted.Number, UtilityKind.Electricity, Guid.NewGuid(), stage, China("2026-03-03T09:00")), Cancellation);

        // The applicant's two messages by e-mail; both alerts by chat and by e-mail to the supervisors; the overdue one by SMS.
        var night = await Eventually.UntilAsync(() => _api.ListNotificationsAsync(submitted.Id),
            list => list.Count(n => n.Status == "sent") == 7, "the e-mails, the chat messages and the overdue SMS to go out");
        Assert.Equal(["UtilityStageOverdue"], night.Where(n => n.Channel == "sms" && n.Status == "sent").Select(n => n.EventType));
        var held = (await DeliveriesAsync("pending")).Where(d => (Guid)d!["applicationId"]! == submitted.Id).ToList();
        Assert.Equal(["JointApplicationSubmitted", "UtilityApplicationReceived", "UtilityStageDueSoon"], held.Select(d => (string)d!["eventType"]!).Order());
        Assert.All(held, d => Assert.Equal(China("2026-03-03T08:00"), (DateTimeOffset)d!["nextAttemptAt"]!));
        var alert = host.Sidecar.To("sms").Single(r => (string?)r.Body["data"] == night.Single(n => n.Channel == "sms" && n.Status == "sent").Body);
        Assert.Equal("+86" + NotifyingHost.SupervisorPhone, (string?)alert.Body["metadata"]!["toNumber"]);
        var chat = host.Sidecar.To("dingtalk").First(r => ((string?)r.Body["data"]!["text"]!["content"])!.Contains(submitted.Number));
        Assert.Equal("text", (string?)chat.Body["data"]!["msgtype"]);

        host.Clock.AdjustTime(China("2026-03-03T08:01"));
        await Eventually.UntilAsync(() => _api.ListNotificationsAsync(submitted.Id), list => list.Count(n => n.Channel == "sms" && n.Status == "sent") == 4,
            "the held SMS to go out in the morning");
    }

    [Fact]
    public async Task An_applicant_who_switches_sms_off_gets_its_inbox_and_email_only()
    {
        host.Clock.AdjustTime(Daytime);
        var owner = host.ClientFor("zhangsan");
        using (var off = await owner.PutAsJsonAsync("/api/notifications/preferences", new { sms = false, email = true }, Cancellation))
            Assert.Equal(false, (bool?)(await off.JsonAsync())["sms"]);
        var body = WithEmail("network").With("""{"applicant":{"idNumber":"33010619900101123X"}}""");
        using var response = await owner.FileAsync(body, clerk: false, Cancellation);
        var submitted = (await response.Content.ReadFromJsonAsync<Submitted>(Cancellation))!;

        var messages = await SentAsync(submitted.Id, count: 2);
        Assert.All(messages, n => Assert.Equal("email", n.Channel));
        var inbox = (await owner.GetFromJsonAsync<List<NotificationView>>("/api/notifications/inbox", Cancellation))!.Where(n => n.ApplicationId == submitted.Id).ToList();
        Assert.Equal(2, inbox.Count);

        using (var read = await owner.PostAsync($"/api/notifications/inbox/{inbox[0].Id}/read", null, Cancellation))
            Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        var unread = (await owner.GetFromJsonAsync<List<NotificationView>>("/api/notifications/inbox?unread=true", Cancellation))!;
        Assert.DoesNotContain(unread, n => n.Id == inbox[0].Id);
        using var others = await host.ClientFor("lisi").PostAsync($"/api/notifications/inbox/{inbox[1].Id}/read", null, Cancellation);
        await others.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private static JsonObject WithEmail(params string[] utilities) => Requests.Valid(utilities).With($$$"""{"applicant":{"email":"{{{Email}}}"}}""");

    /// <summary>The application's messages on SMS, e-mail and chat, once <paramref name="count"/> of them have gone out.</summary>
    private async Task<List<NotificationView>> SentAsync(Guid applicationId, int count) =>
        (await Eventually.UntilAsync(() => _api.ListNotificationsAsync(applicationId), list => list.Count(n => n.Status == "sent") >= count,
            $"{count} messages to go out")).Where(n => n.Status == "sent").ToList();

    private async Task<JsonArray> DeliveriesAsync(string status) =>
        (await _api.As("admin").GetFromJsonAsync<JsonArray>($"/api/notifications/deliveries?status={status}", Cancellation))!;

    private static void AssertRequest(FakeDaprSidecar.BindingRequest request, JsonObject expected)
    {
        Assert.True(JsonNode.DeepEquals(expected, request.Body), $"expected {expected.ToJsonString()}, got {request.Body.ToJsonString()}");
        Assert.Equal(NotifyingHost.ApiToken, request.ApiToken);
    }
}
