using System.Text.Json;
using OneStop.Contracts.Approvals;
using OneStop.UtilityKernel.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OneStop.Calendar.Installing;
using OneStop.Contracts;
using OneStop.Contracts.Fees;
using OneStop.Messaging;
using OneStop.Security.PersonalData;
using OneStop.Contracts.Utilities;

namespace OneStop.UtilityKernel;

/// <summary>The database every utility service has; each service derives its own (its own database, its own details).</summary>
public abstract class UtilityDbContext<TDetails>(DbContextOptions options) : MessagingDbContext(options) where TDetails : class
{
    public DbSet<UtilityApplication<TDetails>> Applications => Set<UtilityApplication<TDetails>>();
    public DbSet<CaseStage> Stages => Set<CaseStage>();

    /// <summary>Cases whole, with their stages and pauses: what the workflow needs to act on one.</summary>
    public IQueryable<UtilityApplication<TDetails>> Cases =>
        Applications.Include(a => a.Stages).Include(a => a.Pauses).Include(a => a.Documents).AsSplitQuery();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<UtilityKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<UtilityCaseStatus>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<PauseKind>().HaveConversion<string>().HaveMaxLength(20);
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
            application.HasIndex(a => a.Status);
            application.Property(a => a.ApplicationNumber).HasMaxLength(32);
            application.ComplexProperty(a => a.Applicant, applicant =>
            {
                applicant.Property(a => a.Phone).IsPersonalData(this);
                applicant.Property(a => a.Email!).IsPersonalData(this);
            });
            application.Property(a => a.ApplicantKey).HasMaxLength(64);
            application.ComplexProperty(a => a.Site);
            application.ComplexProperty(a => a.Details);
            application.Property(a => a.CatalogueKey).HasMaxLength(60);
            application.Property(a => a.RejectionReason).HasMaxLength(1000);
            application.Property(a => a.ClosedBy).HasMaxLength(200);
            application.Property(a => a.ManagerUserName).HasMaxLength(200);
            application.Property(a => a.ManagerName).HasMaxLength(200);
            // The queue's "mine" and "unassigned".
            application.HasIndex(a => a.ManagerUserName);
            application.Property(a => a.Version).IsConcurrencyToken();
            application.Property(a => a.Visits).HasConversion(
                visits => JsonSerializer.Serialize(visits, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<List<CaseVisit>>(json, (JsonSerializerOptions?)null) ?? new List<CaseVisit>(),
                new ValueComparer<List<CaseVisit>>((a, b) => a!.SequenceEqual(b!), visits => visits.Count, visits => visits.ToList()));
            application.Property(a => a.WorksApproval).HasConversion(
                approval => approval == null ? null : JsonSerializer.Serialize(approval, (JsonSerializerOptions?)null),
                json => json == null ? null : JsonSerializer.Deserialize<WorksApprovalOutcome>(json, (JsonSerializerOptions?)null));
            application.Property(a => a.Quote).HasConversion(
                quote => quote == null ? null : JsonSerializer.Serialize(quote, (JsonSerializerOptions?)null),
                json => json == null ? null : JsonSerializer.Deserialize<FeeQuote>(json, (JsonSerializerOptions?)null));
            application.HasMany(a => a.Stages).WithOne().HasForeignKey(s => s.CaseId);
            application.HasMany(a => a.Pauses).WithOne().HasForeignKey(p => p.CaseId);
            application.HasMany(a => a.Documents).WithOne().HasForeignKey(d => d.CaseId);
        });
        modelBuilder.Entity<CaseDocument>(document =>
        {
            document.ToTable("case_documents");
            document.HasKey(d => new { d.CaseId, d.Type });
            document.Property(d => d.Type).HasMaxLength(40);
            document.Property(d => d.NameZh).HasMaxLength(100);
            document.Property(d => d.NameEn).HasMaxLength(200);
            document.Property(d => d.Sha256).HasMaxLength(64);
            document.Property(d => d.BeforeStage).HasMaxLength(60);
        });
        modelBuilder.Entity<CaseStage>(stage =>
        {
            stage.ToTable("stages");
            stage.HasKey(s => new { s.CaseId, s.Order });
            stage.Property(s => s.Code).HasMaxLength(60);
            stage.Property(s => s.NameZh).HasMaxLength(100);
            stage.Property(s => s.NameEn).HasMaxLength(200);
            stage.Property(s => s.CompletedBy).HasMaxLength(200);
            // The SLA watcher's question: which running stages have crossed a threshold.
            stage.HasIndex(s => new { s.ClockRunning, s.DueSoonAt });
            stage.HasIndex(s => new { s.ClockRunning, s.DueAt });
            stage.Property(s => s.Data).HasConversion(
                data => JsonSerializer.Serialize(data, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, (JsonSerializerOptions?)null) ?? new Dictionary<string, string>(),
                new ValueComparer<Dictionary<string, string>>(
                    (a, b) => a!.Count == b!.Count && !a.Except(b).Any(), data => data.Count, data => new Dictionary<string, string>(data)));
        });
        modelBuilder.Entity<CasePause>(pause =>
        {
            pause.ToTable("pauses");
            pause.Property(p => p.Id).ValueGeneratedNever();
            pause.Property(p => p.StageCode).HasMaxLength(60);
            pause.Property(p => p.Needed).HasMaxLength(1000);
            pause.Property(p => p.RequestedBy).HasMaxLength(200);
            pause.Property(p => p.Answer!).IsPersonalData(this);
            pause.Property(p => p.Attachments).HasConversion(
                attachments => JsonSerializer.Serialize(attachments, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<List<AttachedDocument>>(json, (JsonSerializerOptions?)null) ?? new List<AttachedDocument>(),
                new ValueComparer<List<AttachedDocument>>((a, b) => a!.SequenceEqual(b!), attachments => attachments.Count, attachments => attachments.ToList()));
        });
        modelBuilder.AddHolidaySchedules();
    }
}
