using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Approvals.ExternalWorksApprovals;
using OneStop.Calendar.Installing;
using OneStop.Contracts;
using OneStop.Contracts.Approvals;
using OneStop.Messaging;
using OneStop.ServiceDefaults;

namespace OneStop.Approvals;

public sealed class ApprovalsDbContext(DbContextOptions<ApprovalsDbContext> options) : MessagingDbContext(options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new CamelCaseEnums() } };

    public DbSet<ExternalWorksApproval> Approvals => Set<ExternalWorksApproval>();
    public DbSet<DepartmentReview> Reviews => Set<DepartmentReview>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ExternalWorksApproval>(approval =>
        {
            approval.ToTable("external_works_approvals");
            approval.Property(a => a.Id).ValueGeneratedNever();
            // One combined application per joint application: a redelivered request cannot file a second.
            approval.HasIndex(a => a.ApplicationId).IsUnique();
            approval.Property(a => a.ApplicationNumber).HasMaxLength(32);
            approval.ComplexProperty(a => a.Site);
            approval.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            approval.Property(a => a.Version).IsConcurrencyToken();
            // Read and written whole with the approval, never queried.
            JsonList(approval.Property(a => a.Works));
            JsonList(approval.Property(a => a.OnCommitment));
            approval.HasMany(a => a.Reviews).WithOne().HasForeignKey(r => r.ApprovalId);
            approval.Navigation(a => a.Reviews).AutoInclude();
            approval.Ignore(a => a.CurrentReviews);
        });
        modelBuilder.Entity<DepartmentReview>(review =>
        {
            review.ToTable("department_reviews");
            review.Property(r => r.Id).ValueGeneratedNever();
            review.HasIndex(r => new { r.ApprovalId, r.Round, r.Department }).IsUnique();
            // A department's queue: its open reviews, soonest due first.
            review.HasIndex(r => new { r.Department, r.Status, r.DueAt });
            review.Property(r => r.Department).HasConversion<string>().HasMaxLength(30);
            review.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
            review.Property(r => r.Reason).HasMaxLength(1000);
            review.Property(r => r.Correction).HasMaxLength(1000);
            review.Property(r => r.Answer).HasMaxLength(1000);
            review.Property(r => r.DecidedBy).HasMaxLength(200);
        });
        modelBuilder.AddHolidaySchedules();
    }

    private static void JsonList<T>(PropertyBuilder<List<T>> property) => property.HasConversion(
        list => JsonSerializer.Serialize(list, Json),
        json => JsonSerializer.Deserialize<List<T>>(json, Json)!,
        new ValueComparer<List<T>>((a, b) => a!.SequenceEqual(b!), list => list.Count, list => list.ToList()));
}
