using System.Net;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Notifications;

public sealed class NotificationTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private readonly OneStopApi _api = host.Api;

    [Theory]
    [InlineData("heat")]
    [InlineData("electricity,water,network")]
    public async Task The_applicant_is_told_of_the_submission_and_of_each_utility_receipt(string utilities)
    {
        var requested = utilities.Split(',');
        var submitted = await _api.SubmitAsync(Requests.Valid(requested));

        // Water and heat survey the site: the applicant is also asked to book the joint survey.
        string[] expected = ["JointApplicationSubmitted", "JointVisitBookingOpened", .. requested.Select(_ => "UtilityApplicationReceived")];
        var notifications = await Eventually.UntilAsync(() => _api.ListNotificationsAsync(submitted.Id),
            list => list.Count >= expected.Length, $"{expected.Length} notifications for {submitted.Id}");

        Assert.Equal(expected, notifications.Select(n => n.EventType).Order(StringComparer.Ordinal));
        Assert.All(notifications, n =>
        {
            Assert.Equal(submitted.Id, n.ApplicationId);
            Assert.Equal("inbox", n.Channel);
            Bilingual.AssertIs(n.Title);
            Assert.Contains(submitted.Number, n.Body);
        });
    }

    [Fact]
    public async Task Listing_without_an_application_id_is_a_400_problem()
    {
        using var response = await _api.Http.GetAsync("/api/notifications", TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["applicationId"], problem.Errors().Keys);
    }
}
