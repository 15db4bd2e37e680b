using System.Globalization;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.Aid;

/// <summary>
/// The scope door for staff: an application is theirs when its union lies in their subtree. A refusal answers as
/// "not found" and is logged as denied, labelled with the masked ID number only.
/// </summary>
public sealed class AidAccess(DataScope scope, AccessAudit audit)
{
    public async Task<bool> AllowAsync(AidApplication application, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (await scope.CoversUnionAsync(application.UnionId, ct))
        {
            return true;
        }
        await audit.DeniedAsync(nameof(AidApplication), Key(application.Id), application.IdMasked, application.UnionId, AidProblems.NotFound.Code, ct);
        return false;
    }

    public Task<bool> CoversAsync(int unionId, CancellationToken ct) => scope.CoversUnionAsync(unionId, ct);

    public Task ViewedAsync(AidApplication application, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        return audit.ViewedAsync(nameof(AidApplication), Key(application.Id), application.IdMasked, application.UnionId, ct);
    }

    public static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
