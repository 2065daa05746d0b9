using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Contracts;
using OneStop.Contracts.Fees;
using OneStop.Contracts.Intake;
using OneStop.Intake.Applications;
using OneStop.Intake.Applications.Answers;
using OneStop.Intake.Applications.Submit;
using OneStop.Intake.JointVisits;
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
    public DbSet<AnswerAttachment> AnswerAttachments => Set<AnswerAttachment>();
    public DbSet<JointVisit> JointVisits => Set<JointVisit>();
    public DbSet<SurveyorAvailability> SurveyorAvailability => Set<SurveyorAvailability>();

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
        modelBuilder.Entity<AnswerAttachment>(attachment =>
        {
            attachment.ToTable("answer_attachments");
            attachment.HasKey(a => new { a.CorrectionId, a.DocumentId });
            attachment.HasIndex(a => a.DocumentId);
            attachment.Property(a => a.Utility).HasConversion<string>().HasMaxLength(20);
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
            progress.Property(p => p.Outcomes).HasConversion(
                outcomes => JsonSerializer.Serialize(outcomes, Json),
                json => JsonSerializer.Deserialize<List<StageOutcome>>(json, Json)!,
                new ValueComparer<List<StageOutcome>>((a, b) => a!.SequenceEqual(b!), outcomes => outcomes.Count, outcomes => outcomes.ToList()));
            progress.Property(p => p.ManagerName).HasMaxLength(200);
            progress.Property(p => p.ManagerHotline).HasMaxLength(40);
            progress.Property(p => p.Quote).HasConversion(
                quote => quote == null ? null : JsonSerializer.Serialize(quote, Json),
                json => json == null ? null : JsonSerializer.Deserialize<FeeQuote>(json, Json));
        });
        modelBuilder.Entity<TimelineEntry>(timeline =>
        {
            timeline.ToTable("timeline");
            // The domain creates the id; without this EF would take an entry added to a loaded application for an existing row.
            timeline.Property(t => t.Id).ValueGeneratedNever();
            timeline.Property(t => t.Utility).HasConversion<string>().HasMaxLength(20);
            timeline.Property(t => t.Calendar).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<JointVisit>(visit =>
        {
            visit.ToTable("joint_visits");
            visit.Property(v => v.Id).ValueGeneratedNever();
            // One process per application and step: two utilities' receipts racing to open it cannot open two.
            visit.HasIndex(v => new { v.ApplicationId, v.Step }).IsUnique();
            visit.Property(v => v.Step).HasConversion<string>().HasMaxLength(20);
            visit.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            // Booked visits ahead are what a slot's capacity is counted against.
            visit.HasIndex(v => new { v.Status, v.Start });
            visit.Property(v => v.BookedBy).HasMaxLength(200);
            // A utility's operators read a photo of a remote acceptance they take part in: looked up by document.
            visit.PrimitiveCollection(v => v.Evidence);
            visit.Property(v => v.Version).IsConcurrencyToken();
            visit.Property(v => v.Participants).HasConversion(
                participants => JsonSerializer.Serialize(participants, Json),
                json => JsonSerializer.Deserialize<List<VisitParticipant>>(json, Json)!,
                new ValueComparer<List<VisitParticipant>>((a, b) => a!.SequenceEqual(b!), participants => participants.Count, participants => participants.ToList()));
        });
        modelBuilder.Entity<SurveyorAvailability>(availability =>
        {
            availability.ToTable("surveyor_availability");
            availability.HasKey(a => a.Utility);
            availability.Property(a => a.Utility).HasConversion<string>().HasMaxLength(20);
            availability.Property(a => a.SlotStarts).HasConversion(
                starts => string.Join(',', starts),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), starts => starts.Count, starts => starts.ToList())).HasMaxLength(60);
            availability.Property(a => a.UpdatedBy).HasMaxLength(200);
        });
        modelBuilder.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable("idempotency_keys");
            record.HasKey(r => new { r.Owner, r.Key });
        });
        modelBuilder.AddHolidaySchedules();
    }
}
