using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using OneStop.Messaging.Inbox;
using OneStop.Messaging.Outbox;
using OneStop.Messaging.Schema;
using OneStop.Security.Audit;
using OneStop.Security.PersonalData;

namespace OneStop.Messaging;

/// <summary>
/// Base of every service's database: its own tables, the outbox and inbox that make messaging reliable, and the audit log.
/// </summary>
public abstract class MessagingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();
    public DbSet<OutboxDeadLetter> OutboxDeadLetters => Set<OutboxDeadLetter>();

    /// <summary>Records an event to be published once, and only if, this context's changes commit.</summary>
    public void Publish<TMessage>(TMessage message) where TMessage : class =>
        Outbox.Add(OutboxMessage.For(message, Clock.GetUtcNow().UtcDateTime, this.GetService<IOptions<OutboxOptions>>().Value.Lease));

    /// <summary>The service's clock (the application's TimeProvider), for what the messaging records itself.</summary>
    internal TimeProvider Clock => this.GetService<TimeProvider>();

    public void PublishAll(IEnumerable<object> messages)
    {
        foreach (var message in messages)
            Publish(message);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var publishes = AddedOutboxRows();
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (publishes.Count > 0)
            this.GetService<OutboxHandoff>().Committed(GetType(), publishes);
        return written;
    }

    /// <summary>
    /// Outbox rows are only ever added explicitly, never reached through a navigation, so finding them needs no change
    /// detection: without this, every save scanned every tracked entity twice (here and in the base class).
    /// </summary>
    private List<OutboxMessage> AddedOutboxRows()
    {
        var detectChanges = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return ChangeTracker.Entries<OutboxMessage>().Where(entry => entry.State == EntityState.Added).Select(entry => entry.Entity).ToList();
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreComparableMoments(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox");
            outbox.HasKey(m => m.Sequence);
            outbox.HasIndex(m => m.MessageId).IsUnique();
            outbox.HasIndex(m => m.SentAt);
            outbox.Property(m => m.MessageType).HasMaxLength(300);
            // Events carry the contact phone that the utilities and notification need: never in clear at rest.
            outbox.Property(m => m.Body).IsPersonalData(this);
        });
        modelBuilder.Entity<OutboxDeadLetter>(dead =>
        {
            dead.ToTable("outbox_dead_letters");
            dead.Property(m => m.MessageType).HasMaxLength(300);
            dead.Property(m => m.Error).HasMaxLength(1000);
            dead.Property(m => m.Body).IsPersonalData(this);
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox");
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
        });
        modelBuilder.AddAuditLog();
    }
}
