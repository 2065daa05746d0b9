using Microsoft.EntityFrameworkCore;
using OneStop.Contracts;
using OneStop.Messaging;
using OneStop.Security.PersonalData;

namespace OneStop.UtilityKernel;

/// <summary>The database every utility service has; each service derives its own (its own database, its own details).</summary>
public abstract class UtilityDbContext<TDetails>(DbContextOptions options) : MessagingDbContext(options) where TDetails : class
{
    public DbSet<UtilityApplication<TDetails>> Applications => Set<UtilityApplication<TDetails>>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<UtilityKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<UtilityApplicationStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ApplicantType>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Usage>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<PowerSource>().HaveConversion<string>().HaveMaxLength(20);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<UtilityApplication<TDetails>>(application =>
        {
            application.ToTable("applications");
            // One record per joint application: a second delivery of the same request can never open a second case.
            application.HasIndex(a => a.JointApplicationId).IsUnique();
            application.Property(a => a.ApplicationNumber).HasMaxLength(32);
            application.ComplexProperty(a => a.Applicant, applicant => applicant.Property(a => a.Phone).IsPersonalData(this));
            application.Property(a => a.ApplicantKey).HasMaxLength(64);
            application.ComplexProperty(a => a.Site);
            application.ComplexProperty(a => a.Details);
        });
    }
}
