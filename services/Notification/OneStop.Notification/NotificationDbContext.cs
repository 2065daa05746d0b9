using Microsoft.EntityFrameworkCore;
using OneStop.Messaging;
using OneStop.Notification.Notifications;

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
        });
        modelBuilder.Entity<Notifications.Notification>(notification =>
        {
            notification.ToTable("notifications");
            notification.HasIndex(n => new { n.EventId, n.Recipient, n.Channel }).IsUnique();
            notification.HasIndex(n => n.ApplicationId);
        });
    }
}
