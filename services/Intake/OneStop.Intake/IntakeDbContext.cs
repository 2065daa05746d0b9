using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Contracts;
using OneStop.Intake.Applications;
using OneStop.Intake.Applications.Submit;
using OneStop.Messaging;
using OneStop.Security.PersonalData;

namespace OneStop.Intake;

public sealed class IntakeDbContext(DbContextOptions<IntakeDbContext> options) : MessagingDbContext(options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public DbSet<JointApplication> Applications => Set<JointApplication>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<JointApplication>(application =>
        {
            application.ToTable("joint_applications");
            application.HasIndex(a => a.Number).IsUnique();
            application.Property(a => a.Number).HasMaxLength(32);
            application.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
            application.Property(a => a.Version).IsConcurrencyToken();
            application.ComplexProperty(a => a.Applicant, applicant =>
            {
                applicant.Property(a => a.Type).HasConversion<string>().HasMaxLength(20);
                applicant.Property(a => a.Phone).IsPersonalData(this);
            });
            application.Property(a => a.ApplicantIdNumber).IsPersonalData(this);
            application.HasIndex(a => a.ApplicantKey);
            application.Property(a => a.ApplicantKey).HasMaxLength(64);
            application.Property(a => a.FiledBy).HasMaxLength(200);
            application.Property(a => a.FiledByRole).HasMaxLength(20);
            application.ComplexProperty(a => a.Site);
            // The requests are read and written whole, never queried: one JSON column keeps every utility's details.
            application.Property(a => a.Requests).HasConversion(
                requests => JsonSerializer.Serialize(requests, Json),
                json => JsonSerializer.Deserialize<UtilityRequests>(json, Json)!);
            application.HasMany(a => a.Utilities).WithOne().HasForeignKey(u => u.ApplicationId);
            application.HasMany(a => a.Timeline).WithOne().HasForeignKey(t => t.ApplicationId);
        });
        modelBuilder.Entity<UtilityProgress>(progress =>
        {
            progress.ToTable("utility_progress");
            progress.HasKey(p => new { p.ApplicationId, p.Utility });
            progress.Property(p => p.Utility).HasConversion<string>().HasMaxLength(20);
            progress.Property(p => p.Status).HasConversion<string>().HasMaxLength(30);
        });
        modelBuilder.Entity<TimelineEntry>(timeline =>
        {
            timeline.ToTable("timeline");
            // The domain creates the id; without this EF would take an entry added to a loaded application for an existing row.
            timeline.Property(t => t.Id).ValueGeneratedNever();
            timeline.Property(t => t.Utility).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable("idempotency_keys");
            record.HasKey(r => new { r.Owner, r.Key });
        });
    }
}
