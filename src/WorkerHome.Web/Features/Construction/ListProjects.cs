using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Construction;

/// <summary>Filters of the project list; every one optional.</summary>
public sealed record ProjectSearch
{
    /// <summary>Plan year.</summary>
    public int? Year { get; init; }

    /// <summary>Stage: Draft, Submitted, Reviewed, Selected, AwaitingAcceptance, Accepted, Rejected, NotSelected (or its Chinese name).</summary>
    public string? Stage { get; init; }

    /// <summary>The county union's id.</summary>
    public int? County { get; init; }

    /// <summary>Words in the project, applicant or site name.</summary>
    public string? Q { get; init; }

    /// <summary>Page, from 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 100.</summary>
    public int? PageSize { get; init; }
}

/// <summary>A row of the project list.</summary>
public sealed record ProjectSummary(int Id, int Year, string Name, string UnionName, string CountyName, string ReviewerName, string SiteName,
    string FormName, string RatingName, ProjectStage Stage, string StageName, long BudgetFen, long RequestedSubsidyFen,
    long? ApprovedSubsidyFen, int? ReviewScore, int LateMilestones, DateTimeOffset UpdatedAt);

/// <summary>
/// The projects the caller may see: those applied for inside their subtree and those their subtree reviews,
/// newest first.
/// </summary>
public sealed class ListProjects(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<PagedList<ProjectSummary>>> HandleAsync(ProjectSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var page = search.Page ?? 1;
        var pageSize = search.PageSize ?? 20;
        var problem = Paging.Check(page, pageSize);
        ProjectStage? stage = null;
        if (!string.IsNullOrWhiteSpace(search.Stage))
        {
            if (EnumText.TryParse<ProjectStage>(search.Stage, out var parsed))
            {
                stage = parsed;
            }
            else
            {
                problem = (problem ?? CommonProblems.Validation).WithError("stage", "阶段应为：" + EnumText.ChoicesInChinese<ProjectStage>());
            }
        }
        if (problem is not null)
        {
            return problem;
        }
        var access = await scope.GetAsync(ct);
        var inScope = access.UnionIds(db);
        var query = db.ConstructionProjects.AsNoTracking().Where(p => inScope.Contains(p.UnionId) || inScope.Contains(p.ReviewerUnionId));
        if (search.Year is { } year)
        {
            query = query.Where(p => p.Year == year);
        }
        if (stage is { } s)
        {
            query = query.Where(p => p.Stage == s);
        }
        if (search.County is { } county)
        {
            query = query.Where(p => p.CountyUnionId == county);
        }
        if (search.Q?.Trim() is { Length: > 0 } q)
        {
            query = query.Where(p => p.Name.Contains(q)
                || db.Unions.Any(u => u.Id == p.UnionId && u.Name.Contains(q))
                || db.Sites.Any(x => x.Id == p.SiteId && x.Name.Contains(q)));
        }
        var today = time.LocalToday();
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new
            {
                p,
                Union = db.Unions.Where(u => u.Id == p.UnionId).Select(u => u.Name).First(),
                County = db.Unions.Where(u => u.Id == p.CountyUnionId).Select(u => u.Name).First(),
                Reviewer = db.Unions.Where(u => u.Id == p.ReviewerUnionId).Select(u => u.Name).First(),
                Site = db.Sites.Where(x => x.Id == p.SiteId).Select(x => x.Name).First(),
                Late = db.ProjectMilestones.Count(m => m.ProjectId == p.Id && m.DoneAt == null && m.DueOn < today),
            })
            .ToListAsync(ct);
        return new PagedList<ProjectSummary>(rows.Select(r => new ProjectSummary(r.p.Id, r.p.Year, r.p.Name, r.Union, r.County, r.Reviewer, r.Site,
            r.p.Form.Chinese(), r.p.Rating.Chinese(), r.p.Stage, r.p.Stage.Chinese(), r.p.BudgetFen, r.p.RequestedSubsidyFen,
            r.p.ApprovedSubsidyFen, r.p.ReviewScore, r.Late, r.p.UpdatedAt)).ToList(), total, page, pageSize);
    }
}
