using System.Globalization;
using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Account;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.RightsCases;

/// <summary>Whom to assign: a staff handler or a legal volunteer (exactly one).</summary>
public sealed record AssignInput
{
    /// <summary>A staff member whose scope covers the case's union.</summary>
    public Guid? StaffUserId { get; init; }

    /// <summary>A verified legal volunteer (律师/法官) of the case union's subtree.</summary>
    public int? VolunteerId { get; init; }

    /// <summary>The case's version as last seen.</summary>
    [Required(ErrorMessage = "请提供诉求的版本号（version）")]
    public int? Version { get; init; }
}

/// <summary>Someone a case can be assigned to.</summary>
/// <param name="StaffUserId">A staff member.</param>
/// <param name="VolunteerId">A legal volunteer.</param>
/// <param name="Name">The name.</param>
/// <param name="Description">工作人员 · 峨眉山市总工会, or 律师 · 某律师事务所.</param>
public sealed record RightsAssignee(Guid? StaffUserId, int? VolunteerId, string Name, string Description);

/// <summary>
/// Staff of the case union's subtree, and verified legal volunteers serving in it: who a case can be assigned to.
/// Staff of the union are those granted on it or above it (their scope covers it).
/// </summary>
public sealed class ListAssignees(AppDbContext db, CaseAccess access)
{
    public async Task<Outcome<IReadOnlyList<RightsAssignee>>> HandleAsync(int id, CancellationToken ct)
    {
        var opened = await access.StaffAsync(id, ct);
        return opened.Succeeded ? await ForUnionAsync(db, opened.Value.UnionId, ct) : opened.Problem;
    }

    internal static async Task<List<RightsAssignee>> ForUnionAsync(AppDbContext db, int unionId, CancellationToken ct)
    {
        var path = await db.Unions.Where(u => u.Id == unionId).Select(u => u.Path).SingleAsync(ct);
        // The union and its ancestors: the path holds their ids ("/1/2/5/").
        var above = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(p => (int?)int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        var staff = await db.RoleGrants.AsNoTracking()
            .Where(g => g.Role == Role.Staff && above.Contains(g.UnionId))
            .Select(g => new
            {
                g.UserId,
                Name = db.Users.Where(u => u.Id == g.UserId).Select(u => u.DisplayName).First(),
                Union = db.Unions.Where(u => u.Id == g.UnionId).Select(u => u.Name).First(),
            })
            .ToListAsync(ct);
        var volunteers = await CaseAccess.LegalVolunteers(db).AsNoTracking()
            .Where(v => db.Unions.Any(u => u.Id == v.UnionId && u.Path.StartsWith(path)))
            .Select(v => new
            {
                v.Id, v.Qualification, v.Organization,
                Name = db.Users.Where(u => u.Id == v.UserId).Select(u => u.DisplayName).First(),
            })
            .ToListAsync(ct);
        return
        [
            .. staff.DistinctBy(s => s.UserId).OrderBy(s => s.Name, StringComparer.Ordinal)
                .Select(s => new RightsAssignee(s.UserId, null, s.Name, $"工作人员 · {s.Union}")),
            .. volunteers.OrderBy(v => v.Name, StringComparer.Ordinal)
                .Select(v => new RightsAssignee(null, v.Id, v.Name, $"{Infrastructure.Text.EnumText.Chinese(v.Qualification)} · {v.Organization}")),
        ];
    }
}

/// <summary>Staff assign an open case to a staff handler or a legal volunteer; this acknowledges it, and the worker is told.</summary>
public sealed class AssignCase(AppDbContext db, CaseAccess access, CaseJournal journal, TimeProvider time)
{
    public async Task<Outcome<Done>> HandleAsync(int id, AssignInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if ((input.StaffUserId is null) == (input.VolunteerId is null))
        {
            return CommonProblems.Field("assignee", "请选择一名工作人员或一名法律志愿者");
        }
        var opened = await access.StaffAsync(id, ct);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }
        var rightsCase = opened.Value;
        var assignee = (await ListAssignees.ForUnionAsync(db, rightsCase.UnionId, ct))
            .FirstOrDefault(a => (input.StaffUserId is not null && a.StaffUserId == input.StaffUserId) || (input.VolunteerId is not null && a.VolunteerId == input.VolunteerId));
        if (assignee is null)
        {
            return CommonProblems.Field("assignee", "只能分派给本工会的工作人员或本辖区已认证的法律志愿者");
        }
        var now = time.GetUtcNow();
        return await db.InTransactionAsync<Done>(async token =>
        {
            var problem = await CaseChange.ApplyAsync(db, rightsCase, input.Version, now, s => s
                .SetProperty(c => c.AssignedStaffId, assignee.StaffUserId)
                .SetProperty(c => c.AssignedVolunteerId, assignee.VolunteerId)
                .SetProperty(c => c.Status, c => c.Status == RightsCaseStatus.Submitted ? RightsCaseStatus.Assigned : c.Status), token);
            if (problem is not null)
            {
                return problem;
            }
            var role = assignee.VolunteerId is null ? "工作人员" : "法律志愿者";
            await journal.StepAsync(rightsCase, RightsStepKind.Assigned, $"已分派给{role} {assignee.Name}", true, token);
            journal.Log(rightsCase, "分派", new { assignee.StaffUserId, assignee.VolunteerId });
            journal.Tell(rightsCase, $"维权诉求 {rightsCase.Number} 已分派", $"您的维权诉求已由{role} {assignee.Name} 负责办理。");
            await db.SaveChangesAsync(token);
            return Done.Value;
        }, ct);
    }
}
