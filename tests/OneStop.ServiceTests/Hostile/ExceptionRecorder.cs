using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OneStop.ServiceTests.Hostile;

/// <summary>
/// Keeps every exception the host logs as an error: a 500's problem details carry no stack trace, so the cause of each
/// one is read from what the exception handler logged while the request ran.
/// </summary>
public sealed class ExceptionRecorder : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<Exception> _logged = new();

    /// <summary>What was logged since the last call.</summary>
    public List<Exception> Drain()
    {
        var drained = new List<Exception>();
        while (_logged.TryDequeue(out var exception))
            drained.Add(exception);
        return drained;
    }

    /// <summary>Exception type and the frame that threw it: the same cause under different inputs groups as one.</summary>
    public static string Cause(Exception exception)
    {
        var root = exception.GetBaseException();
        var frame = root.StackTrace?.Split('\n', StringSplitOptions.TrimEntries).FirstOrDefault() ?? "(no stack trace)";
        return $"{root.GetType().FullName} {frame}";
    }

    public ILogger CreateLogger(string categoryName) => this;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (exception is not null && logLevel >= LogLevel.Error)
            _logged.Enqueue(exception);
    }

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public void Dispose()
    {
    }
}
