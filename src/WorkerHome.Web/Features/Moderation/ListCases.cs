using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Moderation;

/// <summary>Filters for the moderation queue.</summary>
public sealed record CaseSearch
{
    /// <summary>Pending, Approved or Rejected (or 审核中/已通过/未通过); every status when empty.</summary>
    public string? Status { get; set; }

    /// <summary>Page number from 1.</summary>
    public int? Page { get; set; }

    /// <summary>Items per page, 1 to 100 (default 20).</summary>
    public int? PageSize { get; set; }
}

/// <summary>The moderation queue: held texts addressed to the caller's union subtree, newest first.</summary>
public sealed class ListCases(AppDbContext db, DataScope scope, ModerationCaseItems items)
{
    public async Task<Outcome<PagedList<ModerationCaseItem>>> HandleAsync(CaseSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var access = await scope.GetAsync(ct);
        if (!access.IsStaff)
        {
            return CommonProblems.Forbidden.WithDetail("审核队列仅限工会工作人员");
        }
        var page = search.Page ?? 1;
        var pageSize = search.PageSize ?? 20;
        var problem = Paging.Check(page, pageSize);
        ModerationStatus? status = null;
        if (!string.IsNullOrEmpty(search.Status))
        {
            if (EnumText.TryParse<ModerationStatus>(search.Status, out var parsed))
            {
                status = parsed;
            }
            else
            {
                problem = (problem ?? CommonProblems.Validation).WithError("status", $"状态应为 {EnumText.ChoicesInChinese<ModerationStatus>()}");
            }
        }
        if (problem is not null)
        {
            return problem;
        }
        var unionIds = access.UnionIds(db);
        var query = db.ModerationCases.AsNoTracking().Where(c => unionIds.Contains(c.UnionId));
        if (status is not null)
        {
            query = query.Where(c => c.Status == status);
        }
        var total = await query.CountAsync(ct);
        var pageOfCases = query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Skip((page - 1) * pageSize).Take(pageSize);
        return new PagedList<ModerationCaseItem>(await items.LoadAsync(pageOfCases, ct), total, page, pageSize);
    }
}
