using Microsoft.EntityFrameworkCore;
using OneStop.Messaging;
using OneStop.Notification.Notifications;
using OneStop.Security.PersonalData;

namespace OneStop.Notification;

public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options) : MessagingDbContext(options)
{
    public DbSet<ApplicationContact> Contacts => Set<ApplicationContact>();
    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ApplicationContact>(contact =>
        {
            contact.ToTable("application_contacts");
            contact.HasKey(c => c.ApplicationId);
            contact.Property(c => c.Phone).IsPersonalData(this);
            contact.Property(c => c.ApplicantKey).HasMaxLength(64);
        });
        modelBuilder.Entity<Notifications.Notification>(notification =>
        {
            notification.ToTable("notifications");
            notification.HasIndex(n => new { n.EventId, n.Recipient, n.Channel }).IsUnique();
            notification.HasIndex(n => n.ApplicationId);
        });
    }
}
