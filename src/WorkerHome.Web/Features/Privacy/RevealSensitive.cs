using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Account;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Privacy;

/// <summary>Which datum to show in full, and why.</summary>
public sealed record RevealRequest
{
    /// <summary>The record type, e.g. TrainingEnrolment.</summary>
    [Required(ErrorMessage = "请指明记录类型")]
    public string? EntityType { get; init; }

    /// <summary>The record's id.</summary>
    [Required(ErrorMessage = "请指明记录")]
    public string? EntityId { get; init; }

    /// <summary>The field: Phone, IdNumber, Income, Health…</summary>
    [Required(ErrorMessage = "请指明要查看的信息")]
    public string? Field { get; init; }

    /// <summary>Why it must be seen in full (4–200 characters); kept in the access log.</summary>
    [Required(ErrorMessage = "请说明查看原因")]
    [StringLength(SensitiveAccess.MaxReasonLength, MinimumLength = SensitiveAccess.MinReasonLength, ErrorMessage = "查看原因为 4 到 200 字")]
    public string? Reason { get; init; }
}

/// <summary>The datum in full.</summary>
/// <param name="Value">The clear text.</param>
/// <param name="AccessId">The access-log entry written for this view.</param>
public sealed record RevealedDatum(string Value, long AccessId);

/// <summary>
/// The one door to sensitive personal data in full: staff whose scope covers the record and who hold a
/// 敏感信息查阅 grant covering it, with a stated reason. Each view is appended to the hash-chained access log before the
/// datum leaves; each refusal is logged as denied.
/// </summary>
public sealed class RevealSensitive(AppDbContext db, IEnumerable<ISensitiveSource> sources, DataScope scope, CurrentUser user, AccessAudit audit,
    PersonalDataProtector protector, IServiceScopeFactory scopes, TimeProvider time)
{
    public async Task<Outcome<RevealedDatum>> HandleAsync(RevealRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var reason = request.Reason?.Trim() ?? "";
        AppProblem? problem = null;
        var source = sources.FirstOrDefault(s => s.EntityType == request.EntityType);
        if (source is null)
        {
            problem = CommonProblems.Field("entityType", "不支持查看该类记录");
        }
        else if (request.Field is null || !source.Fields.Contains(request.Field))
        {
            problem = CommonProblems.Field("field", "该记录没有这项信息");
        }
        if (string.IsNullOrWhiteSpace(request.EntityId) || request.EntityId.Length > 60)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("entityId", "请指明记录");
        }
        if (reason.Length is < SensitiveAccess.MinReasonLength or > SensitiveAccess.MaxReasonLength)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("reason", "请说明查看原因（4 到 200 字）");
        }
        if (problem is not null)
        {
            return problem;
        }

        var record = await source!.FindAsync(db, request.EntityId!, request.Field!, ct);
        if (record is null)
        {
            return PrivacyProblems.RecordNotFound;
        }
        var access = await scope.GetAsync(ct);
        var unionPath = await db.Unions.Where(u => u.Id == record.UnionId).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? "";
        if (!access.Covers(unionPath))
        {
            await audit.DeniedAsync(source.EntityType, request.EntityId!, record.Label, record.UnionId, "out_of_scope", ct);
            return PrivacyProblems.RecordNotFound;
        }
        var granted = await db.RoleGrants.AsNoTracking()
            .Where(g => g.UserId == userId && g.Role == Role.PrivacyReader)
            .AnyAsync(g => db.Unions.Any(u => u.Id == g.UnionId && unionPath.StartsWith(u.Path)), ct);
        if (!granted)
        {
            await audit.DeniedAsync(source.EntityType, request.EntityId!, record.Label, record.UnionId, PrivacyProblems.RevealNotPermitted.Code, ct);
            return PrivacyProblems.RevealNotPermitted;
        }
        if (record.Cipher is null)
        {
            return PrivacyProblems.NothingStored;
        }

        var entry = new SensitiveAccess
        {
            At = time.GetUtcNow(), UserId = userId, UserName = user.UserName, IpAddress = user.IpAddress,
            EntityType = source.EntityType, EntityId = request.EntityId!, Field = request.Field!, Label = record.Label,
            UnionId = record.UnionId, Reason = reason,
        };
        // The entry is written through a context of its own and committed before the datum is decrypted and returned.
        await using (var logScope = scopes.CreateAsyncScope())
        {
            await SensitiveAccessChain.AppendAsync(logScope.ServiceProvider.GetRequiredService<AppDbContext>(), entry, ct);
        }
        return new RevealedDatum(protector.Decrypt(record.Cipher), entry.Id);
    }
}
