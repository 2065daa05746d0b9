using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace OneStop.Security.Audit;

public static class AuditLog
{
    /// <summary>Adds an audit entry to the context's pending changes: it commits, or not, with the action it records.</summary>
    public static void Audit(this DbContext db, AuditActor actor, string action, string resource, string? onBehalfOf, DateTimeOffset at) =>
        db.Set<AuditEntry>().Add(AuditEntry.Of(actor, action, resource, onBehalfOf, at, Activity.Current?.TraceId.ToString()));

    public static void Audit(this DbContext db, HttpContext http, string action, string resource, string? onBehalfOf, DateTimeOffset at) =>
        db.Audit(AuditActor.Of(http), action, resource, onBehalfOf, at);

    public static ModelBuilder AddAuditLog(this ModelBuilder modelBuilder) => modelBuilder.Entity<AuditEntry>(entry =>
    {
        entry.ToTable("audit_log");
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.ActorId).HasMaxLength(200);
        entry.Property(e => e.ActorName).HasMaxLength(200);
        entry.Property(e => e.ActorRoles).HasMaxLength(200);
        entry.Property(e => e.OnBehalfOf).HasMaxLength(64);
        entry.Property(e => e.Action).HasMaxLength(100);
        entry.Property(e => e.Resource).HasMaxLength(200);
        entry.Property(e => e.ClientId).HasMaxLength(200);
        entry.Property(e => e.ClientAddress).HasMaxLength(100);
        entry.Property(e => e.TraceId).HasMaxLength(32);
        entry.HasIndex(e => e.OnBehalfOf);
    });
}
