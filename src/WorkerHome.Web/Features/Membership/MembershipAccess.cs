using System.Globalization;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.Membership;

/// <summary>
/// The scope door for staff: a record is theirs when its union lies in their subtree. A refusal answers as "not
/// found" (an outsider learns nothing) and is logged as denied, with the record's number only as its label.
/// </summary>
public sealed class MembershipAccess(DataScope scope, AccessAudit audit)
{
    public async Task<bool> AllowAsync(string entityType, int id, string label, int unionId, string refusal, CancellationToken ct)
    {
        if (await scope.CoversUnionAsync(unionId, ct))
        {
            return true;
        }
        await audit.DeniedAsync(entityType, id.ToString(CultureInfo.InvariantCulture), label, unionId, refusal, ct);
        return false;
    }

    public Task ViewedAsync(string entityType, int id, string label, int unionId, CancellationToken ct) =>
        audit.ViewedAsync(entityType, id.ToString(CultureInfo.InvariantCulture), label, unionId, ct);
}
