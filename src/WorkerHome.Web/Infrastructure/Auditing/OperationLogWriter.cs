using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Infrastructure.Auditing;

/// <summary>
/// Writes an operation-log entry by hand, for staff writes on records that are not <see cref="IAudited"/> because
/// workers write them in bulk (an order placed by staff on a worker's behalf, say). Added to the caller's unit of
/// work, so it commits with the change.
/// </summary>
public sealed class OperationLogWriter(AppDbContext db, CurrentUser user, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public void Add(OperationKind kind, string entityType, string entityId, string label, int? unionId, object? before, object? after)
    {
        db.OperationLogs.Add(new OperationLog
        {
            At = time.GetUtcNow(),
            UserId = user.UserId,
            UserName = user.UserName,
            IpAddress = user.IpAddress,
            Kind = kind,
            EntityType = entityType,
            EntityId = entityId,
            Label = label.Length > 200 ? label[..200] : label,
            UnionId = unionId,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
    }
}
