using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Configuration;
using OneStop.Contracts;
using OneStop.Security.PersonalData;
using OneStop.Testing;

namespace OneStop.InfrastructureTests;

public sealed class DuplicateDeliveryTests
{
    [Fact]
    public async Task A_redelivered_event_is_acknowledged_without_a_second_effect()
    {
        await using var platform = await DistributedPlatform.StartAsync(await RequiresServers.StartAsync(), ["Intake", "Electricity", "Notification"]);
        var client = platform.Client();
        var submitted = await client.SubmitAsync(SampleApplications.Body("electricity"));
        await client.WaitForStatusAsync(submitted.Id, "inProgress", TimeSpan.FromSeconds(60));
        var (messageId, message) = await OriginalEventAsync(platform, submitted.Id);

        // The broker delivers the very same message (same MessageId) twice more, as it may after a lost acknowledgement.
        await PublishTwiceAsync(platform.Servers.RabbitMq, platform.VirtualHost, message, messageId);
        foreach (var service in new[] { "Electricity", "Notification" })
            await WaitForSkippedDuplicatesAsync(platform.Services[service], messageId, expected: 2);

        Assert.Equal(1L, await platform.Databases.ScalarAsync<long>("Electricity",
            "SELECT count(*) FROM applications WHERE \"JointApplicationId\" = $1", submitted.Id));
        Assert.Equal(1L, await platform.Databases.ScalarAsync<long>("Electricity",
            "SELECT count(*) FROM outbox WHERE \"MessageType\" LIKE 'OneStop.Contracts.UtilityApplicationReceived,%'"));
        Assert.Equal(2, (await client.ListNotificationsAsync(submitted.Id)).Count);
        var timeline = (await client.GetAsync(submitted.Id))["timeline"]!.AsArray();
        Assert.Single(timeline, entry => (string?)entry!["event"] == "receivedByUtility");
    }

    private static async Task<(Guid MessageId, JointApplicationSubmitted Message)> OriginalEventAsync(DistributedPlatform platform, Guid applicationId)
    {
        // The platform holds this one application; its event's body is encrypted at rest with the platform's key.
        var sql = "SELECT \"{0}\" FROM outbox WHERE \"MessageType\" LIKE 'OneStop.Contracts.JointApplicationSubmitted,%'";
        var messageId = await platform.Databases.ScalarAsync<Guid>("Intake", string.Format(sql, "MessageId"));
        var sealedBody = await platform.Databases.ScalarAsync<string>("Intake", string.Format(sql, "Body"));
        var personalData = PersonalDataProtector.Create(new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create<string, string?>("PersonalData:Key", platform.PersonalDataKey)]).Build(), Path.GetTempPath());
        var message = JsonSerializer.Deserialize<JointApplicationSubmitted>(personalData.Unprotect(sealedBody), JsonSerializerOptions.Web)!;
        Assert.Equal(applicationId, message.ApplicationId);
        return (messageId, message);
    }

    private static async Task PublishTwiceAsync(TestRabbitMq broker, string virtualHost, JointApplicationSubmitted message, Guid messageId)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(transport => transport.Host(broker.Host, (ushort)broker.Port, virtualHost, host =>
        {
            host.Username(TestRabbitMq.Username);
            host.Password(TestRabbitMq.Password);
        }));
        await bus.StartAsync();
        try
        {
            for (var i = 0; i < 2; i++)
                await bus.Publish(message, context => context.MessageId = messageId);
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    private static async Task WaitForSkippedDuplicatesAsync(ServiceProcess service, Guid messageId, int expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (Skipped() < expected && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        Assert.True(Skipped() == expected, $"{service.Name} skipped {Skipped()} duplicates, expected {expected}:\n{service.Tail()}");

        int Skipped() => service.Output.Count(line => line.Contains("skipped duplicate") && line.Contains(messageId.ToString()));
    }
}
