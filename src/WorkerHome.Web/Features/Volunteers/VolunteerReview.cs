using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Account;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Volunteers;

/// <summary>A staff decision on a volunteer: the version it was based on and, for a rejection or suspension, why.</summary>
public sealed record ReviewRequest
{
    /// <summary>The version the staff member saw; when given, a newer record is refused (409 stale_version).</summary>
    public int? Version { get; init; }

    /// <summary>Why (required to reject or suspend; shown to the volunteer), up to 200 characters.</summary>
    [StringLength(ReviewRequest.MaxReasonLength, ErrorMessage = "原因不能超过200个字")]
    public string? Reason { get; init; }

    public const int MaxReasonLength = 200;
}

/// <summary>What a decision does to the Volunteer role grant.</summary>
public enum GrantChange
{
    Keep,
    Grant,
    Revoke,
}

/// <summary>
/// The common path of the staff decisions (verify, reject, suspend, reinstate): only volunteers of the staff
/// member's subtree (others are not found), only from the right status, the status change, the role grant
/// and the notice to the person in one transaction.
/// </summary>
public sealed class VolunteerReview(AppDbContext db, DataScope scope, CurrentUser current, Notifier notifier, VolunteerDetails details, TimeProvider time)
{
    public async Task<Outcome<VolunteerDetail>> DecideAsync(int id, ReviewRequest request, VolunteerStatus from, AppProblem wrongState,
        VolunteerStatus to, GrantChange grant, bool reasonRequired, Func<string?, (string Title, string Body)> notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(wrongState);
        ArgumentNullException.ThrowIfNull(notice);
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        if (reason?.Length > ReviewRequest.MaxReasonLength)
        {
            return CommonProblems.Field("reason", "原因不能超过200个字");
        }
        var outcome = await db.InTransactionAsync<int>(async token =>
        {
            var volunteer = await db.Volunteers.FirstOrDefaultAsync(v => v.Id == id, token);
            if (volunteer is null || !await scope.CoversUnionAsync(volunteer.UnionId, token))
            {
                return VolunteersProblems.NotFound;
            }
            if (request.Version is { } version && version != volunteer.Version)
            {
                return CommonProblems.StaleVersion.WithDetail($"您看到的是第 {version} 版，当前为第 {volunteer.Version} 版");
            }
            if (volunteer.Status != from)
            {
                return wrongState.WithDetail($"该志愿者当前状态为“{volunteer.Status.Chinese()}”");
            }
            if (reasonRequired && reason is null)
            {
                return VolunteersProblems.ReasonRequired;
            }
            volunteer.Status = to;
            volunteer.ReviewNote = reason;
            volunteer.ReviewedAt = time.GetUtcNow();
            volunteer.ReviewedBy = current.UserId;
            volunteer.Version++;
            await ChangeGrantAsync(volunteer, grant, token);
            var (title, body) = notice(reason);
            notifier.Notify([volunteer.UserId], title, body, "/volunteer");
            try
            {
                await db.SaveChangesAsync(token);
            }
            catch (DbUpdateConcurrencyException)
            {
                return CommonProblems.StaleVersion;
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                return CommonProblems.StaleVersion;
            }
            return volunteer.Id;
        }, ct);
        return outcome.Succeeded ? await details.LoadAsync(outcome.Value, ct) : outcome.Problem;
    }

    private async Task ChangeGrantAsync(Volunteer volunteer, GrantChange change, CancellationToken ct)
    {
        var grants = await db.RoleGrants.Where(g => g.UserId == volunteer.UserId && g.Role == Role.Volunteer).ToListAsync(ct);
        switch (change)
        {
            case GrantChange.Grant when !grants.Any(g => g.UnionId == volunteer.UnionId):
                db.RoleGrants.Add(new RoleGrant
                {
                    UserId = volunteer.UserId,
                    Role = Role.Volunteer,
                    UnionId = volunteer.UnionId,
                    GrantedAt = time.GetUtcNow(),
                    GrantedBy = current.UserId,
                });
                break;
            case GrantChange.Revoke:
                db.RoleGrants.RemoveRange(grants);
                break;
            default:
                break;
        }
    }
}
