using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Contracts;
using OneStop.Intake.Applications;
using OneStop.Intake.Applications.Submit;
using OneStop.Intake.Documents;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OneStop.Calendar.Installing;
using OneStop.Messaging;
using OneStop.Security.PersonalData;

namespace OneStop.Intake;

public sealed class IntakeDbContext(DbContextOptions<IntakeDbContext> options) : MessagingDbContext(options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Read and written whole with the progress it belongs to, never queried.</summary>
    private static readonly ValueConverter<CalendarBasis?, string?> CalendarBasisJson = new(
        basis => basis == null ? null : JsonSerializer.Serialize(basis, Json),
        json => json == null ? null : JsonSerializer.Deserialize<CalendarBasis>(json, Json));

    public DbSet<JointApplication> Applications => Set<JointApplication>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<ApplicationDocument> ApplicationDocuments => Set<ApplicationDocument>();

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
                applicant.Property(a => a.Email!).IsPersonalData(this);
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
            application.HasMany(a => a.Documents).WithOne().HasForeignKey(d => d.ApplicationId);
        });
        modelBuilder.Entity<ApplicationDocument>(document =>
        {
            document.ToTable("application_documents");
            document.HasKey(d => new { d.ApplicationId, d.Type });
            document.Property(d => d.Type).HasMaxLength(40);
            document.Property(d => d.Sha256).HasMaxLength(64);
            document.HasIndex(d => d.DocumentId);
            // The commitment watcher's question: which promises are past due.
            document.HasIndex(d => new { d.DocumentId, d.CommitmentDueAt });
            document.Property(d => d.NeededBy).HasConversion(
                needs => JsonSerializer.Serialize(needs, Json),
                json => JsonSerializer.Deserialize<List<DocumentNeed>>(json, Json)!,
                new ValueComparer<List<DocumentNeed>>((a, b) => a!.SequenceEqual(b!), needs => needs.Count, needs => needs.ToList()));
            document.Property(d => d.CommitmentSignedBy!).IsPersonalData(this);
            document.Property(d => d.CommitmentStatement).HasMaxLength(1000);
        });
        modelBuilder.Entity<Document>(document =>
        {
            document.ToTable("documents");
            document.Property(d => d.Id).ValueGeneratedNever();
            // One copy of one content of one kind per applicant: a retried or doubled upload finds the first.
            document.HasIndex(d => new { d.ApplicantKey, d.Type, d.Sha256 }).IsUnique();
            document.Property(d => d.ApplicantKey).HasMaxLength(64);
            document.Property(d => d.Type).HasMaxLength(40);
            document.Property(d => d.Source).HasConversion<string>().HasMaxLength(20);
            document.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            // A file name can name a person ("张三身份证.jpg"): encrypted like the rest of the applicant's data.
            document.Property(d => d.FileName!).IsPersonalData(this);
            document.Property(d => d.MediaType).HasMaxLength(100);
            document.Property(d => d.Sha256).HasMaxLength(64);
            document.Property(d => d.ContentLocator).HasMaxLength(64);
            document.Property(d => d.CreatedBy).HasMaxLength(200);
            document.Property(d => d.ConsentedBy).HasMaxLength(200);
        });
        modelBuilder.Entity<UtilityProgress>(progress =>
        {
            progress.ToTable("utility_progress");
            progress.HasKey(p => new { p.ApplicationId, p.Utility });
            progress.Property(p => p.Utility).HasConversion<string>().HasMaxLength(20);
            progress.Property(p => p.Status).HasConversion<string>().HasMaxLength(30);
            progress.Property(p => p.DueCalendar).HasConversion(CalendarBasisJson);
            progress.Property(p => p.ForecastCalendar).HasConversion(CalendarBasisJson);
            progress.Property(p => p.ClockPausedFor).HasConversion<string>().HasMaxLength(20);
            progress.Property(p => p.ManagerName).HasMaxLength(200);
            progress.Property(p => p.ManagerHotline).HasMaxLength(40);
        });
        modelBuilder.Entity<TimelineEntry>(timeline =>
        {
            timeline.ToTable("timeline");
            // The domain creates the id; without this EF would take an entry added to a loaded application for an existing row.
            timeline.Property(t => t.Id).ValueGeneratedNever();
            timeline.Property(t => t.Utility).HasConversion<string>().HasMaxLength(20);
            timeline.Property(t => t.Calendar).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable("idempotency_keys");
            record.HasKey(r => new { r.Owner, r.Key });
        });
        modelBuilder.AddHolidaySchedules();
    }
}
