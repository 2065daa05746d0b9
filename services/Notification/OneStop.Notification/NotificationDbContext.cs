using Microsoft.EntityFrameworkCore;
using OneStop.Notification.Recipients;
using OneStop.Messaging;
using OneStop.Notification.Notifications;
using OneStop.Security.PersonalData;

namespace OneStop.Notification;

public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options) : MessagingDbContext(options)
{
    public DbSet<ApplicationContact> Contacts => Set<ApplicationContact>();
    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();
    public DbSet<ContactPreference> Preferences => Set<ContactPreference>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ApplicationContact>(contact =>
        {
            contact.ToTable("application_contacts");
            contact.HasKey(c => c.ApplicationId);
            contact.Property(c => c.Phone).IsPersonalData(this);
            contact.Property(c => c.Email!).IsPersonalData(this);
            contact.Property(c => c.ApplicantKey).HasMaxLength(64);
        });
        modelBuilder.Entity<Notifications.Notification>(notification =>
        {
            notification.ToTable("notifications");
            notification.HasIndex(n => new { n.EventId, n.Recipient, n.Channel }).IsUnique();
            notification.HasIndex(n => n.ApplicationId);
            notification.HasIndex(n => new { n.Recipient, n.Channel });
            // The delivery dispatcher's question: which messages are due for an attempt.
            notification.HasIndex(n => new { n.Status, n.NextAttemptAt });
            notification.Property(n => n.Recipient).HasMaxLength(64);
            notification.Property(n => n.Channel).HasMaxLength(20);
            notification.Property(n => n.EventType).HasMaxLength(60);
            notification.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
            notification.Property(n => n.Address!).IsPersonalData(this);
            notification.Property(n => n.LastError).HasMaxLength(1000);
        });
        modelBuilder.Entity<ContactPreference>(preference =>
        {
            preference.ToTable("contact_preferences");
            preference.HasKey(p => p.ApplicantKey);
            preference.Property(p => p.ApplicantKey).HasMaxLength(64);
        });
    }
}
