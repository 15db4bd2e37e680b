using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Infrastructure.Auditing;

/// <summary>
/// Writes an <see cref="OperationLog"/> row for every change to an <see cref="IAudited"/> aggregate, in the
/// same transaction as the change: the log cannot say something happened that did not, nor miss something
/// that did. New rows get their database key after the insert, so for those the log is completed in a second
/// save inside a transaction the interceptor opens when the caller has none.
/// </summary>
public sealed class AuditInterceptor(CurrentUser user, TimeProvider time) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static readonly HashSet<string> Secrets = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "NormalizedUserName", "NormalizedEmail", "Version",
    };

    private readonly List<(EntityEntry Root, OperationLog Log)> _awaitingKeys = [];
    private IDbContextTransaction? _ownTransaction;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            await CaptureAsync(context, cancellationToken);
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            CaptureAsync(context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var transaction = _ownTransaction;
        _ownTransaction = null;
        if (_awaitingKeys.Count > 0 && eventData.Context is { } context)
        {
            var completed = _awaitingKeys.ToList();
            _awaitingKeys.Clear();
            foreach (var (root, log) in completed)
            {
                log.EntityId = KeyOf(root);
                log.After = Serialize(Snapshot(root, original: false));
                context.Add(log);
            }
            await context.SaveChangesAsync(cancellationToken);
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _awaitingKeys.Clear();
        if (_ownTransaction is { } transaction)
        {
            _ownTransaction = null;
            await transaction.RollbackAsync(cancellationToken);
            await transaction.DisposeAsync();
        }
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        SaveChangesFailedAsync(eventData).GetAwaiter().GetResult();

    private async ValueTask CaptureAsync(DbContext context, CancellationToken ct)
    {
        context.ChangeTracker.DetectChanges();
        var roots = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => RootOf(context, e))
            .Where(e => e?.Entity is IAudited)
            // Entry wrappers are created per call; the entity instance is what identifies an aggregate.
            .DistinctBy(e => e!.Entity, ReferenceEqualityComparer.Instance)
            .ToList();
        if (roots.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var root in roots)
        {
            var before = root!.State == EntityState.Added ? null : Snapshot(root, original: true);
            var after = root.State == EntityState.Deleted ? null : Snapshot(root, original: false);
            if (before is not null && after is not null && Serialize(before) == Serialize(after))
            {
                continue;
            }
            var audited = (IAudited)root.Entity;
            var log = new OperationLog
            {
                At = now,
                UserId = user.UserId,
                UserName = user.UserName,
                IpAddress = user.IpAddress,
                Kind = root.State switch
                {
                    EntityState.Added => OperationKind.Created,
                    EntityState.Deleted => OperationKind.Deleted,
                    _ when IsSoftDelete(root) => OperationKind.Deleted,
                    _ => OperationKind.Updated,
                },
                EntityType = root.Metadata.ClrType.Name,
                Label = Truncate(audited.AuditLabel, 200),
                UnionId = audited.AuditUnionId,
                Before = before is null ? null : Serialize(before),
                After = after is null ? null : Serialize(after),
            };
            if (root.Properties.Any(p => p.Metadata.IsPrimaryKey() && p.IsTemporary))
            {
                _awaitingKeys.Add((root, log));
            }
            else
            {
                log.EntityId = KeyOf(root);
                context.Add(log);
            }
        }

        if (_awaitingKeys.Count > 0 && context.Database.CurrentTransaction is null)
        {
            _ownTransaction = await context.Database.BeginTransactionAsync(ct);
        }
    }

    private static bool IsSoftDelete(EntityEntry root) =>
        root.Metadata.FindProperty("DeletedAt") is { } property
        && root.Property(property.Name) is { } deleted
        && deleted.OriginalValue is null && deleted.CurrentValue is not null;

    /// <summary>The aggregate an entry belongs to: itself, or for an owned entity, its owner.</summary>
    private static EntityEntry? RootOf(DbContext context, EntityEntry entry)
    {
        var current = entry;
        while (current.Metadata.FindOwnership() is { } ownership)
        {
            var keyValues = ownership.Properties.Select(p => current.Property(p.Name).CurrentValue).ToArray();
            var owner = context.ChangeTracker.Entries()
                .FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType
                    && ownership.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(keyValues));
            if (owner is null)
            {
                return null;
            }
            current = owner;
        }
        return current;
    }

    private static Dictionary<string, object?> Snapshot(EntityEntry entry, bool original)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var meta = property.Metadata;
            if (Secrets.Contains(meta.Name) || meta.IsShadowProperty() && meta.IsForeignKey()
                || meta.PropertyInfo?.GetCustomAttribute<NotAuditedAttribute>() is not null)
            {
                continue;
            }
            values[meta.Name] = original ? property.OriginalValue : property.CurrentValue;
        }
        foreach (var collection in entry.Collections.Where(c => c.Metadata.TargetEntityType.IsOwned()))
        {
            var ownership = collection.Metadata.TargetEntityType.FindOwnership()!;
            var ownerKey = ownership.PrincipalKey.Properties.Select(p => entry.Property(p.Name).CurrentValue).ToArray();
            values[collection.Metadata.Name] = entry.Context.ChangeTracker.Entries()
                .Where(e => e.Metadata == collection.Metadata.TargetEntityType
                    && ownership.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(ownerKey)
                    && (original ? e.State != EntityState.Added : e.State != EntityState.Deleted))
                .Select(e => Snapshot(e, original))
                .Select(item => item.Where(kv => !kv.Key.Equals("Id", StringComparison.Ordinal)).ToDictionary(kv => kv.Key, kv => kv.Value))
                .OrderBy(Serialize, StringComparer.Ordinal)
                .ToList();
        }
        return values;
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? null : string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Serialize(object value) => JsonSerializer.Serialize(value, Json);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
