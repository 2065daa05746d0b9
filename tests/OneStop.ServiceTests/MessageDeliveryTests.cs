using System.Text.Json;
using OneStop.Intake.Documents.Requirements;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Contracts;
using OneStop.Intake;
using OneStop.Intake.Applications;
using OneStop.Intake.Applications.Submit;
using OneStop.Intake.Documents;
using OneStop.Security.PersonalData;
using OneStop.ServiceTests.Infrastructure;
using OneStop.Contracts.Intake;

namespace OneStop.ServiceTests;

/// <summary>
/// The bus may deliver a message twice, or deliver news of an application before the application itself: neither loses
/// nor doubles work.
/// </summary>
public sealed class MessageDeliveryTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    /// <summary>Five utility services and the notification service each have an endpoint for JointApplicationSubmitted.</summary>
    private const int EndpointsConsumingSubmission = 6;

    /// <summary>Each utility service has an endpoint for the applicant's news (answers, documents).</summary>
    private const int UtilityEndpoints = 5;

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
        // Water, gas and heat survey the site: the applicant is asked once to book the joint survey.
        var surveyed = requested.Any(u => u is "water" or "gas" or "heat");
        var notifications = await Eventually.UntilAsync(() => _api.ListNotificationsAsync(submission.ApplicationId),
            list => list.Count(n => n.EventType == "UtilityApplicationReceived") >= requested.Length
                && (!surveyed || list.Any(n => n.EventType == "JointVisitBookingOpened")), "a notification per receipt");
        Assert.Single(notifications, n => n.EventType == "JointApplicationSubmitted");
        Assert.Equal(1 + requested.Length + (surveyed ? 1 : 0), notifications.Count);
    }

    [Fact]
    public async Task News_of_promised_documents_that_overtakes_the_application_is_applied_once_its_case_opens()
    {
        // Both documents promised; the real-estate certificate's due date moves later (its year's schedule was published).
        var needs = new[] { new DocumentNeed(UtilityKind.Electricity, "metering-energising") };
        var submission = await FileWithoutPublishingAsync(Requests.Valid("electricity"),
        [
            new DocumentChoice(new RequiredDocument(DocumentKind.LoadList, [], 5, needs), null, new Commitment("张三", "test", 5, DateTimeOffset.UtcNow.AddDays(7))),
            new DocumentChoice(new RequiredDocument(DocumentKind.PropertyCertificate, [], 15, needs), null, new Commitment("张三", "test", 15, DateTimeOffset.UtcNow.AddDays(21))),
        ]);
        var bus = host.Services.GetRequiredService<IBus>();
        var dueAt = DateTimeOffset.UtcNow.AddDays(30);
        var news = new object[]
        {
            new CommittedDocumentProvided(submission.ApplicationId, "load-list", Guid.NewGuid(), new string('0', 64), DateTimeOffset.UtcNow, [UtilityKind.Electricity]),
            new DocumentCommitmentDueDateSet(submission.ApplicationId, "property-certificate", dueAt, [UtilityKind.Electricity]),
        };
        foreach (var message in news)
        {
            var counter = new ConsumptionCounter(Guid.NewGuid());
            using var observer = bus.ConnectReceiveObserver(counter);
            await bus.Publish(message, context => context.MessageId = counter.MessageId, TestContext.Current.CancellationToken);
            // The four other utilities are done with it; electricity, with no case yet, holds it for a retry.
            await Eventually.UntilAsync(() => Task.FromResult(counter.Consumed), consumed => consumed >= UtilityEndpoints - 1,
                $"the other utilities to consume {message.GetType().Name}");
            Assert.Equal(UtilityEndpoints - 1, counter.Consumed);
        }

        await bus.Publish(submission, TestContext.Current.CancellationToken);

        var caseId = await _api.CaseIdAsync(submission.ApplicationId, "electricity");
        static JsonNode Document(JsonObject electricityCase, string type) => electricityCase["documents"]!.AsArray().Single(d => (string?)d!["type"] == type)!;
        var updated = await Eventually.UntilAsync(() => _api.GetCaseAsync("electricity", caseId),
            c => !(bool)Document(c, "load-list")["pending"]! && Document(c, "property-certificate")["commitmentDueAt"] is { } due
                && ((DateTimeOffset)due - dueAt).Duration() < TimeSpan.FromMilliseconds(1), "the news to reach the case");
        Assert.Equal(dueAt, (DateTimeOffset)Document(updated, "property-certificate")["commitmentDueAt"]!, TimeSpan.FromMilliseconds(1));
    }

    /// <summary>
    /// Files an application straight into intake's database with no outbox row, so that the only copies of its
    /// JointApplicationSubmitted on the bus are the ones the test publishes — as after an outbox re-send.
    /// </summary>
    private async Task<JointApplicationSubmitted> FileWithoutPublishingAsync(JsonObject body, IReadOnlyList<DocumentChoice>? documents = null)
    {
        var request = body.Deserialize<SubmitApplicationRequest>(JsonSerializerOptions.Web)!;
        var now = DateTimeOffset.UtcNow;
        var idNumber = request.Applicant!.ToIdNumber();
        return await host.QueryAsync(async (IntakeDbContext db) =>
        {
            var application = JointApplication.Submit(ApplicationNumber.New(now), request.Applicant!.ToApplicant(), idNumber,
                db.PersonalData().BlindIndex(idNumber), new Filer("clerk", "clerk"), request.Site!.ToSite(), request.Utilities!.ToRequests(), documents ?? [], now);
            db.Applications.Add(application);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return application.ToSubmittedEvent();
        });
    }
}
