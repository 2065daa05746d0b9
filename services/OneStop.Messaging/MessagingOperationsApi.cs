using Microsoft.AspNetCore.Routing;
using OneStop.Messaging.Faults;
using OneStop.Messaging.Outbox;

namespace OneStop.Messaging;

public static class MessagingOperationsApi
{
    /// <summary>What a service's administrators need when messaging goes wrong: its outbox's dead letters and its consumers' failed messages.</summary>
    public static void MapMessagingOperations<TDbContext>(this IEndpointRouteBuilder api) where TDbContext : MessagingDbContext
    {
        api.MapDeadLetters<TDbContext>();
        api.MapFailedMessages<TDbContext>();
    }
}
