using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace OneStop.Messaging.Faults;

/// <summary>A message MassTransit gave up on (its retries spent), as its endpoint's <c>_error</c> queue holds it.</summary>
public sealed record FailedMessage(string Endpoint, string MessageId, string? MessageType, string? ExceptionType, string? Reason, string? FailedAt,
    int? RetryCount)
{
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
    public string? Body { get; init; }
}

/// <summary>
/// The <c>_error</c> queues of this process's receive endpoints, read and replayed over AMQP. Reading takes messages
/// without acknowledging them and closes the channel, which puts them back: a message being read is briefly invisible
/// to another reader, never lost. A replay publishes the message, confirmed, to its endpoint's queue with the same
/// message id (the consumers' inbox keeps a second delivery harmless) and only then removes it from the error queue.
/// </summary>
public sealed class ErrorQueues(RabbitMqOptions options, ReceiveEndpoints endpoints) : IAsyncDisposable
{
    private const int MaxPerQueue = 200;
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private IConnection? _connection;

    /// <summary>Up to <see cref="MaxPerQueue"/> messages of each endpoint's error queue, without their bodies.</summary>
    public async Task<IReadOnlyList<FailedMessage>> ListAsync(CancellationToken cancellationToken)
    {
        var failed = new List<FailedMessage>();
        foreach (var endpoint in endpoints.Names)
            await ForEachAsync(endpoint, message =>
            {
                failed.Add(Describe(endpoint, message, withContent: false));
                return Found.No;
            }, cancellationToken);
        return failed;
    }

    /// <summary>One message with its headers and body; null when the endpoint's error queue does not hold it.</summary>
    public async Task<FailedMessage?> ReadAsync(string endpoint, string messageId, CancellationToken cancellationToken)
    {
        FailedMessage? read = null;
        await ForEachAsync(endpoint, message =>
        {
            if (message.BasicProperties.MessageId != messageId)
                return Found.No;
            read = Describe(endpoint, message, withContent: true);
            return Found.Keep;
        }, cancellationToken);
        return read;
    }

    /// <summary>Sends the message back to its endpoint; false when the endpoint's error queue does not hold it.</summary>
    public async Task<bool> ReplayAsync(string endpoint, string messageId, CancellationToken cancellationToken)
    {
        var replayed = false;
        await ForEachAsync(endpoint, message =>
        {
            if (message.BasicProperties.MessageId != messageId)
                return Found.No;
            replayed = true;
            return Found.Replay;
        }, cancellationToken);
        return replayed;
    }

    private enum Found { No, Keep, Replay }

    private async Task ForEachAsync(string endpoint, Func<BasicGetResult, Found> visit, CancellationToken cancellationToken)
    {
        if (!endpoints.Names.Contains(endpoint))
            return;
        var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var queue = $"{endpoint}_error";
        try
        {
            // An endpoint that never failed has no error queue yet.
            await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
        }
        catch (OperationInterruptedException)
        {
            return;
        }
        for (var taken = 0; taken < MaxPerQueue && await channel.BasicGetAsync(queue, autoAck: false, cancellationToken) is { } message; taken++)
        {
            var found = visit(message);
            if (found == Found.Replay)
            {
                await channel.BasicPublishAsync("", endpoint, mandatory: true, WithoutFault(message.BasicProperties), message.Body, cancellationToken);
                await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
            }
            if (found != Found.No)
                break;
        }
        // Closing the channel puts every message taken and not acknowledged back in the queue.
    }

    private static BasicProperties WithoutFault(IReadOnlyBasicProperties failed) => new(failed)
    {
        Headers = failed.Headers?.Where(h => !h.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && h.Key != "MT-Reason")
            .ToDictionary(h => h.Key, h => h.Value),
    };

    private static FailedMessage Describe(string endpoint, BasicGetResult message, bool withContent)
    {
        var headers = (message.BasicProperties.Headers ?? new Dictionary<string, object?>())
            .ToDictionary(h => h.Key, h => h.Value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), var other => other?.ToString() ?? "" });
        var retries = headers.GetValueOrDefault("MT-Fault-RetryCount");
        return new FailedMessage(endpoint, message.BasicProperties.MessageId ?? "", MessageType(message.Body.Span),
            headers.GetValueOrDefault("MT-Fault-ExceptionType"), headers.GetValueOrDefault("MT-Fault-Message"), headers.GetValueOrDefault("MT-Fault-Timestamp"),
            int.TryParse(retries, out var count) ? count : null)
        {
            Headers = withContent ? headers : null,
            Body = withContent ? Encoding.UTF8.GetString(message.Body.Span) : null,
        };
    }

    /// <summary>The first of the envelope's message types ("urn:message:OneStop.Contracts:JointApplicationSubmitted"), if the body is one.</summary>
    private static string? MessageType(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var envelope = JsonDocument.ParseValue(ref reader);
            return envelope.RootElement.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0
                ? types[0].GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        await _connecting.WaitAsync(cancellationToken);
        try
        {
            if (_connection is { IsOpen: true })
                return _connection;
            if (_connection is not null)
                await _connection.DisposeAsync();
            var factory = new ConnectionFactory
            {
                HostName = options.Host!,
                Port = options.Port,
                VirtualHost = options.VirtualHost,
                UserName = options.Username,
                Password = options.Password,
                ClientProvidedName = "onestop-error-queues",
            };
            return _connection = await factory.CreateConnectionAsync(cancellationToken);
        }
        finally
        {
            _connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
            await _connection.DisposeAsync();
        _connecting.Dispose();
    }
}
