using Microsoft.EntityFrameworkCore;
using OneStop.FrontDoor.SignIn;
using OneStop.Messaging.Schema;
using OneStop.Security.Audit;

namespace OneStop.FrontDoor;

/// <summary>
/// The front door's own database: failed sign-ins, which every replica of the gateway counts together, and the audit
/// log of the locks they caused and of administrators releasing them.
/// </summary>
public sealed class FrontDoorDbContext(DbContextOptions<FrontDoorDbContext> options) : DbContext(options)
{
    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreComparableMoments(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SignInFailure>(failure =>
        {
            failure.ToTable("sign_in_failures");
            failure.Property(f => f.Key).HasMaxLength(SignInKeys.MaxLength);
            failure.HasIndex(f => new { f.Key, f.At });
            failure.HasIndex(f => f.At);
        });
        modelBuilder.AddAuditLog();
    }
}
