using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OneStop.Messaging;

/// <summary>Creates the service's schema on start, before the bus starts consuming (hosted services start in order).</summary>
public sealed class DatabaseInitializer<TDbContext>(IServiceScopeFactory scopes) : IHostedService where TDbContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
            Directory.CreateDirectory(Path.GetDirectoryName(db.Database.GetDbConnection().DataSource)!);
        await db.Database.EnsureCreatedAsync(cancellationToken);
        // WAL lets readers proceed while a consumer writes; the all-in-one host has many concurrent writers.
        if (sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
