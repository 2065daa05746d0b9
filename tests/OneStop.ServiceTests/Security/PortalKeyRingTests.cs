using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Portal;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Security;

/// <summary>
/// The portal's key ring lives in its database; the keys an earlier release kept in the data folder move there on the
/// first start, so what they sealed (sign-in cookies, form tokens) still opens after the upgrade.
/// </summary>
public sealed class PortalKeyRingTests
{
    private sealed class UpgradedHost(string dataDirectory) : ServiceHost(dataDirectory);

    [Fact]
    public async Task Keys_from_the_old_folder_still_open_what_they_sealed_and_the_folder_goes()
    {
        var data = ServiceHost.NewDataDirectory();
        var folder = Path.Combine(data, FolderKeyImport.FolderName);
        try
        {
            // The earlier release's own set-up: keys as XML files in the data folder.
            var sealedBefore = new ServiceCollection().AddDataProtection().SetApplicationName("onestop-portal")
                .PersistKeysToFileSystem(new DirectoryInfo(folder)).Services.BuildServiceProvider()
                .GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("signed in");

            await using (var host = new UpgradedHost(data))
            {
                var protector = host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie");

                Assert.Equal("signed in", protector.Unprotect(sealedBefore));
                Assert.False(Directory.Exists(folder));
                Assert.Single(await host.QueryAsync((PortalDbContext db) => db.DataProtectionKeys.ToListAsync(TestContext.Current.CancellationToken)));
            }

            // Started again on the same database, the same key opens it with nothing to import.
            await using (var restarted = new UpgradedHost(data))
                Assert.Equal("signed in", restarted.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(sealedBefore));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
