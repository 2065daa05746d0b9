using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneStop.Security.PersonalData;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Security;

/// <summary>
/// Identity numbers, phones and e-mail addresses are ciphertext in every database row, and appear in no log line and no trace. The values
/// are used by no other test, so that what other tests log in parallel cannot hide a leak or fake one.
/// </summary>
public sealed class PersonalDataTests(PersonalDataTests.RecordingHost host) : IClassFixture<PersonalDataTests.RecordingHost>
{
    private const string IdNumber = "110105199203103450";
    private const string Phone = "13912340000";
    private const string Email = "zhao.liu.private@example.cn";

    [Fact]
    public async Task Identity_numbers_and_phones_are_ciphertext_in_every_database_and_absent_from_logs_and_traces()
    {
        var body = Requests.Valid(Requests.AllUtilities).With($$$"""{"applicant":{"idNumber":"{{{IdNumber}}}","phone":"{{{Phone}}}","email":"{{{Email}}}"}}""");
        var submitted = await host.Api.SubmitAsync(body);
        await host.Api.WaitUntilInProgressAsync(submitted.Id);
        await Eventually.UntilAsync(() => host.Api.ListNotificationsAsync(submitted.Id), list => list.Count == 7, "all seven notifications");
        // Reads as the owner and the counter put the clear values in responses: they must not reach a log either.
        await host.Api.GetApplicationAsync(submitted.Id);

        var rows = ReadEveryRow().ToList();
        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, row => row.Contains(IdNumber) || row.Contains(Phone) || row.Contains(Email));
        var stored = ReadColumn("intake.db", "joint_applications", "ApplicantIdNumber", submitted.Id);
        Assert.StartsWith("pd1.", stored);
        Assert.Equal(IdNumber, host.Services.GetRequiredService<PersonalDataProtector>().Unprotect(stored));

        Assert.NotEmpty(host.LogLines);
        Assert.DoesNotContain(host.LogLines, line => line.Contains(IdNumber) || line.Contains(Phone) || line.Contains(Email));
        Assert.NotEmpty(host.TraceTexts);
        Assert.DoesNotContain(host.TraceTexts, text => text.Contains(IdNumber) || text.Contains(Phone) || text.Contains(Email));
    }

    [Fact]
    public void A_value_encrypts_differently_each_time_and_only_the_right_key_decrypts_it()
    {
        var protector = host.Services.GetRequiredService<PersonalDataProtector>();
        var other = PersonalDataProtector.Create(
            new ConfigurationBuilder().AddInMemoryCollection(
                [KeyValuePair.Create<string, string?>("PersonalData:Key", Convert.ToBase64String(new byte[32]))]).Build(), "unused");

        var first = protector.Protect(IdNumber);
        Assert.NotEqual(first, protector.Protect(IdNumber));
        Assert.Equal(IdNumber, protector.Unprotect(first));
        Assert.Equal(protector.BlindIndex(IdNumber), protector.BlindIndex(IdNumber));
        Assert.NotEqual(protector.BlindIndex(IdNumber), other.BlindIndex(IdNumber));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => other.Unprotect(first));
        var tampered = first[..^4] + (first[^4] == 'A' ? 'B' : 'A') + first[^3..];
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => protector.Unprotect(tampered));
    }

    private IEnumerable<string> ReadEveryRow()
    {
        foreach (var file in Directory.GetFiles(host.DataDirectory, "*.db"))
        {
            using var connection = Open(file);
            var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table'").ToList();
            foreach (var table in tables)
                foreach (var row in Query(connection, $"SELECT * FROM \"{table}\""))
                    yield return $"{Path.GetFileName(file)} {table}: {row}";
        }
    }

    private string ReadColumn(string database, string table, string column, Guid id)
    {
        using var connection = Open(Path.Combine(host.DataDirectory, database));
        return Query(connection, $"SELECT \"{column}\" FROM \"{table}\" WHERE \"Id\" = '{id.ToString().ToUpperInvariant()}'").Single();
    }

    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
        connection.Open();
        return connection;
    }

    private static IEnumerable<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i))));
    }

    /// <summary>The all-in-one host logging everything, down to Trace, and recording every activity's name, tags and events.</summary>
    public sealed class RecordingHost : ServiceHost
    {
        private readonly ActivityListener _listener;
        private readonly ConcurrentQueue<string> _traceTexts = new();

        public RecordingHost()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = _ => true,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity => _traceTexts.Enqueue(string.Join('|',
                    new[] { activity.DisplayName, activity.StatusDescription ?? "" }
                        .Concat(activity.TagObjects.Select(t => $"{t.Key}={t.Value}"))
                        .Concat(activity.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}"))))),
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public ConcurrentQueue<string> LogLines { get; } = new();
        public IEnumerable<string> TraceTexts => _traceTexts;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging =>
            {
                logging.SetMinimumLevel(LogLevel.Trace);
                logging.AddFilter(_ => true);
                logging.AddProvider(new RecordingLoggerProvider(LogLines));
            });
        }

        public override async ValueTask DisposeAsync()
        {
            _listener.Dispose();
            await base.DisposeAsync();
        }
    }

    private sealed class RecordingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class RecordingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
    }
}
