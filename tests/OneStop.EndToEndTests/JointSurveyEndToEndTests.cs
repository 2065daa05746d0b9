using System.Net;
using System.Text.Json.Nodes;
using OneStop.Testing;
using static OneStop.Testing.ApplicationView;

namespace OneStop.EndToEndTests;

/// <summary>
/// 联合踏勘 over RabbitMQ and PostgreSQL, every service its own process: high-voltage electricity, water and gas each say
/// at receipt that they survey the site, intake offers the slots all three can attend, the applicant books one through
/// the gateway, and each utility hears of it and runs its clock from the booking. Findings wait for the visit itself
/// (recording them is covered in process, where the clock can be moved to the visit).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class JointSurveyEndToEndTests(PlatformFixture fixture)
{
    private const string Applicant = "hz-tech";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private static readonly string[] Surveying = ["electricity", "gas", "water"];

    [Fact]
    public Task One_booking_through_the_gateway_reaches_every_utility_that_surveys_and_starts_their_clocks() =>
        ServiceErrors.ExplainFailuresAsync(fixture.Platform, async _ =>
        {
            var api = fixture.Intake;
            var body = SampleApplications.Body("electricity", "water", "gas");
            body["utilities"]!["electricity"] = new JsonObject { ["capacityKw"] = 800, ["usage"] = "industrial", ["powerSource"] = "single" };
            var submitted = await api.SubmitAsync(body);
            fixture.RecordFiled(submitted.Id, ["electricity", "water", "gas"]);

            // Water's pause reaches intake in its own message, maybe after the visit's.
            var open = await WaitAsync(() => api.GetAsync(submitted.Id), a => Survey(a)?["status"]?.GetValue<string>() == "awaitingBooking"
                && (string?)Utility(a, "water")["clockPausedFor"] == "visitBooking");
            Assert.Equal(Surveying, Survey(open)!["utilities"]!.AsArray().Select(u => (string)u!["utility"]!).Order());

            var slots = await api.GetJsonAsync<JsonArray>($"/api/intake/applications/{submitted.Id}/visits/survey/slots", Applicant);
            Assert.NotEmpty(slots);
            var start = (string)slots[^1]!["start"]!;
            await api.PostAsync($"/api/intake/applications/{submitted.Id}/visits/survey/booking", Applicant, new { start });

            foreach (var utility in Surveying)
            {
                var caseId = CaseId(open, utility);
                var path = $"/api/{utility}/applications/{caseId}";
                var booked = await WaitAsync(() => api.GetJsonAsync<JsonObject>(path, PublicApiClient.OperatorOf(utility)),
                    c => c["visits"]!.AsArray().Count == 1);
                Assert.Equal(DateTimeOffset.Parse(start), DateTimeOffset.Parse((string)booked["visits"]![0]!["start"]!));
                // Findings wait for the visit itself.
                await api.PostAsync($"{path}/survey", PublicApiClient.OperatorOf(utility),
                    new { externalWorksNeeded = false, findings = "具备接入条件 / ready" }, HttpStatusCode.Conflict);
            }
            var running = await WaitAsync(() => api.GetAsync(submitted.Id),
                a => Utility(a, "water")["clockPausedFor"] is null && Utility(a, "gas")["clockPausedFor"] is null);
            Assert.NotNull(Utility(running, "water")["dueAt"]);
            Assert.Contains(running["timeline"]!.AsArray(), t => (string?)t!["event"] == "visitBooked");
        });

    private static JsonObject? Survey(JsonObject application) =>
        application["visits"]?.AsArray().Select(v => v!.AsObject()).SingleOrDefault(v => (string?)v["step"] == "survey");

    private static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Timeout;
        T value;
        do
        {
            value = await probe();
            if (done(value))
                return value;
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"Not reached in {Timeout}: {value}");
    }
}
