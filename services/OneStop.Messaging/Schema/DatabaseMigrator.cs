using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OneStop.Messaging.Schema;

/// <summary>
/// Brings the service's schema up to date on start, before any hosted service starts (StartingAsync): the bus consumes,
/// and the data-protection key ring the portal keeps in its database is read, as soon as theirs start.
/// Replicas starting together take turns on a PostgreSQL advisory lock. A database made before migrations existed
/// (created whole by an earlier release, in exactly the first migration's schema) is adopted: its first migration is
/// recorded as applied and the later ones run on it, so no operator ever deletes data to upgrade.
/// </summary>
public sealed class DatabaseMigrator<TDbContext>(IServiceScopeFactory scopes, ILogger<DatabaseMigrator<TDbContext>> logger) : IHostedLifecycleService
    where TDbContext : DbContext
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
            Directory.CreateDirectory(Path.GetDirectoryName(db.Database.GetDbConnection().DataSource)!);
        // The lock needs a session, and a session needs the database.
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
            await creator.CreateAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var locked = false;
        try
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({LockKey})", cancellationToken);
                locked = true;
            }
            await AdoptUnversionedDatabaseAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            // Released on the session that took it: closing returns the connection to the pool, session and lock
            // alive (the pool does not reset connections), and the next replica would wait for it for ever.
            if (locked)
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
        // WAL lets readers proceed while a consumer writes; the all-in-one host has many concurrent writers.
        if (sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task AdoptUnversionedDatabaseAsync(TDbContext db, CancellationToken cancellationToken)
    {
        // A fresh database has no tables: nothing to ask (asking for the history there would log a failed query).
        var history = db.GetService<IHistoryRepository>();
        if (!await db.GetService<IRelationalDatabaseCreator>().HasTablesAsync(cancellationToken)
            || (await history.GetAppliedMigrationsAsync(cancellationToken)).Count > 0 || !await HoldsTheBaselineAsync(db, cancellationToken))
            return;
        var baseline = db.GetService<IMigrationsAssembly>().Migrations.Keys.First();
        // EF's own scripts, with nothing from outside in them.
        var adoption = history.GetCreateIfNotExistsScript() + history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion()));
        await db.Database.ExecuteSqlRawAsync(adoption, cancellationToken);
        logger.LogWarning("{Context}: a database from before migrations was adopted at {Baseline}", typeof(TDbContext).Name, baseline);
    }

    /// <summary>
    /// The outbox is in every service's first schema. Asked only of a database that has tables but no history (one whose
    /// first migration failed half-way has only the history table). Only the services' databases predate migrations.
    /// </summary>
    private static async Task<bool> HoldsTheBaselineAsync(TDbContext db, CancellationToken cancellationToken)
    {
        if (db is not MessagingDbContext messaging)
            return false;
        try
        {
            await messaging.Outbox.AnyAsync(cancellationToken);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }

    /// <summary>One lock per service, the same in every replica and every release.</summary>
    private static readonly long LockKey = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(typeof(TDbContext).FullName!)));
}
