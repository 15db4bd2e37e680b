using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Needs;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Volunteers;

/// <summary>Filters of the staff volunteer directory.</summary>
public sealed record VolunteerSearch
{
    /// <summary>Pending, Verified, Rejected or Suspended (or 待审核…).</summary>
    public string? Status { get; init; }

    /// <summary>Lawyer, Judge, Counsellor, Trainer… (or 律师…).</summary>
    public string? Qualification { get; init; }

    /// <summary>A need category the volunteer serves (LegalAid, 法律援助…).</summary>
    public string? Skill { get; init; }

    /// <summary>Only volunteers serving with this union or a union below it.</summary>
    public int? UnionId { get; init; }

    /// <summary>Text in the name or 工作单位.</summary>
    public string? Q { get; init; }

    /// <summary>Page number from 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 100 (default 20).</summary>
    public int? PageSize { get; init; }
}

/// <summary>Staff list the volunteers of their subtree, newest registrations first.</summary>
public sealed class ListVolunteers(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<PagedList<VolunteerSummary>>> HandleAsync(VolunteerSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var pageNumber = search.Page ?? 1;
        var pageSize = search.PageSize ?? 20;
        var problem = Paging.Check(pageNumber, pageSize) ?? CommonProblems.Validation;
        VolunteerStatus? status = null;
        if (!string.IsNullOrEmpty(search.Status))
        {
            if (EnumText.TryParse<VolunteerStatus>(search.Status, out var parsed))
            {
                status = parsed;
            }
            else
            {
                problem = problem.WithError("status", $"状态应为 {EnumText.ChoicesInChinese<VolunteerStatus>()}");
            }
        }
        Qualification? qualification = null;
        if (!string.IsNullOrEmpty(search.Qualification))
        {
            if (EnumText.TryParse<Qualification>(search.Qualification, out var parsed))
            {
                qualification = parsed;
            }
            else
            {
                problem = problem.WithError("qualification", $"资格类别应为 {EnumText.ChoicesInChinese<Qualification>()}");
            }
        }
        NeedCategory? skill = null;
        if (!string.IsNullOrEmpty(search.Skill))
        {
            if (EnumText.TryParse<NeedCategory>(search.Skill, out var parsed))
            {
                skill = parsed;
            }
            else
            {
                problem = problem.WithError("skill", $"服务领域应为 {EnumText.ChoicesInChinese<NeedCategory>()}");
            }
        }
        if (problem.Errors is { Count: > 0 })
        {
            return problem;
        }

        var access = await scope.GetAsync(ct);
        var query = db.Volunteers.AsNoTracking().Where(v => access.UnionIds(db).Contains(v.UnionId));
        if (status is { } s)
        {
            query = query.Where(v => v.Status == s);
        }
        if (qualification is { } q)
        {
            query = query.Where(v => v.Qualification == q);
        }
        if (skill is { } k)
        {
            query = query.Where(v => v.Skills.Contains(k));
        }
        if (search.UnionId is { } unionId)
        {
            var path = await db.Unions.Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? "-";
            query = query.Where(v => db.Unions.Any(u => u.Id == v.UnionId && u.Path.StartsWith(path)));
        }
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var text = search.Q.Trim();
            query = query.Where(v => v.Organization.Contains(text) || db.Users.Any(u => u.Id == v.UserId && u.DisplayName.Contains(text)));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(v => v.CreatedAt).ThenByDescending(v => v.Id)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .Select(v => new
            {
                v.Id,
                Name = db.Users.Where(u => u.Id == v.UserId).Select(u => u.DisplayName).FirstOrDefault(),
                v.UnionId,
                UnionName = db.Unions.Where(u => u.Id == v.UnionId).Select(u => u.Name).FirstOrDefault(),
                v.Qualification,
                v.Organization,
                v.Skills,
                v.Status,
                v.CreatedAt,
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new VolunteerSummary(r.Id, r.Name ?? "", r.UnionId, r.UnionName ?? "", r.Qualification, r.Qualification.Chinese(),
            r.Organization, r.Skills.Select(x => x.Chinese()).ToList(), r.Status, r.Status.Chinese(), r.CreatedAt)).ToList();
        return new PagedList<VolunteerSummary>(items, total, pageNumber, pageSize);
    }
}
