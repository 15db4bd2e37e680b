using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Infrastructure.Auditing;

/// <summary>
/// Accounts for readings of records whose every view is audited (a counselling booking or note) and for refused
/// attempts on them. The entry is saved at once through a context of its own, so it stays written even when the
/// caller's own unit of work is rolled back or never saved (a refusal saves nothing else).
/// </summary>
public sealed class AccessAudit(IServiceScopeFactory scopes, CurrentUser user, TimeProvider time)
{
    public Task ViewedAsync(string entityType, string entityId, string label, int? unionId, CancellationToken ct) =>
        WriteAsync(OperationKind.Viewed, entityType, entityId, label, unionId, reason: null, ct);

    /// <summary>A refused attempt; the reason (the problem's code) is kept with the entry.</summary>
    public Task DeniedAsync(string entityType, string entityId, string label, int? unionId, string reason, CancellationToken ct) =>
        WriteAsync(OperationKind.Denied, entityType, entityId, label, unionId, reason, ct);

    private async Task WriteAsync(OperationKind kind, string entityType, string entityId, string label, int? unionId, string? reason, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // The writer is made here, not resolved, so the entry carries the caller's user (a console circuit sets it per scope).
        new OperationLogWriter(db, user, time).Add(kind, entityType, entityId, label, unionId, before: null,
            after: reason is null ? null : new { reason });
        await db.SaveChangesAsync(ct);
    }
}
