using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OneStop.Portal;

/// <summary>
/// Moves the keys an earlier release kept in the data folder (<c>portal-keys</c>) into the database, once, on start after
/// the schema and before the key ring is first read (StartingAsync, like the migrator): nobody is signed out by the
/// upgrade. The folder goes once its keys are stored.
/// </summary>
public sealed class FolderKeyImport(string folder, IServiceScopeFactory scopes, ILogger<FolderKeyImport> logger) : IHostedLifecycleService
{
    public const string FolderName = "portal-keys";

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
            return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var stored = await db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync(cancellationToken);
        // The file repository names each file after its key; the database repository keeps that as the friendly name.
        var files = Directory.GetFiles(folder, "*.xml").Where(file => !stored.Contains(Path.GetFileNameWithoutExtension(file))).ToList();
        foreach (var file in files)
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = Path.GetFileNameWithoutExtension(file), Xml = await File.ReadAllTextAsync(file, cancellationToken) });
        await db.SaveChangesAsync(cancellationToken);
        Directory.Delete(folder, recursive: true);
        logger.LogInformation("Moved {Count} data-protection keys from {Folder} into the portal's database", files.Count, folder);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
