using System.Text.Json;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Contracts;
using OneStop.Intake;
using OneStop.Intake.Applications;
using OneStop.Intake.Applications.Submit;
using OneStop.Security.PersonalData;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests;

public sealed class DuplicateDeliveryTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    /// <summary>Five utility services and the notification service each have an endpoint for JointApplicationSubmitted.</summary>
    private const int EndpointsConsumingSubmission = 6;

    private readonly OneStopApi _api = host.Api;

    [Theory]
    [InlineData("electricity")]
    [InlineData("water,gas,heat")]
    public async Task A_submission_delivered_twice_opens_one_record_per_utility_and_notifies_once(string utilities)
    {
        var requested = utilities.Split(',');
        var submission = await FileWithoutPublishingAsync(Requests.Valid(requested));
        var messageId = Guid.NewGuid();
        var bus = host.Services.GetRequiredService<IBus>();
        var counter = new ConsumptionCounter(messageId);
        using var observer = bus.ConnectReceiveObserver(counter);

        // Both copies at once, as a re-send racing the original would arrive; the same MessageId makes them one message.
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            bus.Publish(submission, context => context.MessageId = messageId, TestContext.Current.CancellationToken)));
        await Eventually.UntilAsync(() => Task.FromResult(counter.Consumed), consumed => consumed >= 2 * EndpointsConsumingSubmission,
            $"{EndpointsConsumingSubmission} endpoints to finish with both copies of message {messageId}");

        var application = await _api.WaitUntilInProgressAsync(submission.ApplicationId);
        Assert.Equal(requested.Length, application.Timeline.Count(t => t.Event == "receivedByUtility"));
        foreach (var utility in Requests.AllUtilities)
            Assert.Equal(requested.Contains(utility) ? 1 : 0, (await _api.ListUtilityRecordsAsync(utility, submission.ApplicationId)).Count);
        var notifications = await Eventually.UntilAsync(() => _api.ListNotificationsAsync(submission.ApplicationId),
            list => list.Count(n => n.EventType == "UtilityApplicationReceived") >= requested.Length, "a notification per receipt");
        Assert.Single(notifications, n => n.EventType == "JointApplicationSubmitted");
        Assert.Equal(1 + requested.Length, notifications.Count);
    }

    /// <summary>
    /// Files an application straight into intake's database with no outbox row, so that the only copies of its
    /// JointApplicationSubmitted on the bus are the ones the test publishes — as after an outbox re-send.
    /// </summary>
    private async Task<JointApplicationSubmitted> FileWithoutPublishingAsync(JsonObject body)
    {
        var request = body.Deserialize<SubmitApplicationRequest>(JsonSerializerOptions.Web)!;
        var now = DateTimeOffset.UtcNow;
        var idNumber = request.Applicant!.ToIdNumber();
        return await host.QueryAsync(async (IntakeDbContext db) =>
        {
            var application = JointApplication.Submit(ApplicationNumber.New(now), request.Applicant!.ToApplicant(), idNumber,
                db.PersonalData().BlindIndex(idNumber), new Filer("clerk", "clerk"), request.Site!.ToSite(), request.Utilities!.ToRequests(), [], now);
            db.Applications.Add(application);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return application.ToSubmittedEvent();
        });
    }
}
