using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Microsoft.EntityFrameworkCore.Migrations;
using OneStop.Messaging.Outbox;
using OneStop.Messaging.Schema;
using OneStop.Security.PersonalData;
using OneStop.ServiceDefaults;

namespace OneStop.Messaging;

public static class ServiceDatabase
{
    /// <summary>
    /// Registers a service's own database with its outbox dispatcher and personal-data protection. PostgreSQL when
    /// <c>ConnectionStrings:{name}</c> is set (distributed mode); otherwise a SQLite file in the data folder (all-in-one).
    /// </summary>
    public static WebApplicationBuilder AddServiceDatabase<TDbContext>(this WebApplicationBuilder builder, string name)
        where TDbContext : MessagingDbContext
    {
        var dataDirectory = DataDirectory.Of(builder.Configuration, builder.Environment);
        builder.Services.TryAddSingleton(_ => PersonalDataProtector.Create(builder.Configuration, dataDirectory));
        builder.AddDatabase<TDbContext>(name, options => options.ReplaceService<IModelCacheKeyFactory, PersonalDataModelCacheKeyFactory>());
        builder.Services.TryAddSingleton<OutboxHandoff>();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        builder.Services.AddHostedService<OutboxDispatcher<TDbContext>>();
        builder.Services.AddHostedService<MessagingCleanup<TDbContext>>();
        return builder;
    }

    /// <summary>
    /// A database of a process's own, on the same provider choice as the services', with its schema migrated on start
    /// (<see cref="DatabaseMigrator{TDbContext}"/>) and a readiness check; no messaging (the portal's key ring).
    /// </summary>
    public static WebApplicationBuilder AddDatabase<TDbContext>(this WebApplicationBuilder builder, string name,
        Action<DbContextOptionsBuilder>? configure = null)
        where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(name);
        var sqliteFile = Path.Combine(DataDirectory.Of(builder.Configuration, builder.Environment), $"{name.ToLowerInvariant()}.db");
        builder.Services.AddDbContextPool<TDbContext>(options =>
        {
            configure?.Invoke(options);
            options.ReplaceService<IMigrationsAssembly, ProviderMigrations>();
            if (string.IsNullOrWhiteSpace(connectionString))
                options.UseSqlite($"Data Source={sqliteFile};Pooling=true;Default Timeout=30").AddInterceptors(SqliteConnectionPragmas.Instance);
            else
                options.UseNpgsql(WithPoolSettings(connectionString));
        });
        builder.Services.AddHostedService<DatabaseMigrator<TDbContext>>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TDbContext>>($"{name.ToLowerInvariant()}-database",
            tags: [ServiceDefaultsExtensions.ReadyTag]);
        return builder;
    }

    /// <summary>
    /// Npgsql's default of 100 connections per service would let seven services exhaust a default PostgreSQL
    /// (max_connections 100); a busy service waits for a pooled connection instead. A connection back in the pool is
    /// not reset (DISCARD ALL): the services keep no session state, and EF opens a connection per query, so the reset
    /// was a quarter of all statements the platform sent per application. Statements a service sends again and again
    /// are prepared on the server (auto-prepare), so PostgreSQL parses and plans each once per connection rather than
    /// each time. An explicit setting wins.
    /// </summary>
    private static string WithPoolSettings(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!PoolSizeKeys.Any(given.ContainsKey))
            tuned.MaxPoolSize = DefaultMaxPoolSize;
        if (!NoResetKeys.Any(given.ContainsKey))
            tuned.NoResetOnClose = true;
        if (!AutoPrepareKeys.Any(given.ContainsKey))
            tuned.MaxAutoPrepare = DefaultMaxAutoPrepare;
        return tuned.ConnectionString;
    }

    private const int DefaultMaxPoolSize = 20;
    private static readonly string[] PoolSizeKeys = ["Maximum Pool Size", "Max Pool Size", "MaxPoolSize"];
    private static readonly string[] NoResetKeys = ["No Reset On Close", "NoResetOnClose"];
    private const int DefaultMaxAutoPrepare = 64;
    private static readonly string[] AutoPrepareKeys = ["Max Auto Prepare", "MaxAutoPrepare"];
}
