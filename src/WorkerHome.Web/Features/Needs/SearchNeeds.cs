using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Moderation;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Needs;

/// <summary>Filters for the staff needs inbox. Every field is optional.</summary>
public sealed record NeedSearch
{
    /// <summary>A category (code name or Chinese).</summary>
    public string? Category { get; set; }

    /// <summary>Submitted, Grouped, OnMenu or Delivered (or Chinese).</summary>
    public string? Status { get; set; }

    /// <summary>Pending, Approved or Rejected (or Chinese).</summary>
    public string? Moderation { get; set; }

    /// <summary>A township code.</summary>
    public string? Township { get; set; }

    /// <summary>A union id inside your scope: needs addressed to it or below it.</summary>
    public int? Union { get; set; }

    /// <summary>A need group id: its member needs.</summary>
    public int? Group { get; set; }

    /// <summary>Words in the text.</summary>
    public string? Q { get; set; }

    /// <summary>Page number from 1.</summary>
    public int? Page { get; set; }

    /// <summary>Items per page, 1 to 100 (default 20).</summary>
    public int? PageSize { get; set; }
}

/// <summary>A need in the staff inbox: every moderation state; the author by display name only (no phone).</summary>
/// <param name="Id">Need id.</param>
/// <param name="Category">What it is about.</param>
/// <param name="CategoryName">The category in Chinese.</param>
/// <param name="Text">The need.</param>
/// <param name="Status">Submitted, Grouped, OnMenu or Delivered.</param>
/// <param name="StatusName">The status in Chinese.</param>
/// <param name="Moderation">Pending, Approved or Rejected.</param>
/// <param name="ModerationName">The moderation status in Chinese.</param>
/// <param name="AuthorName">The author's display name.</param>
/// <param name="UnionId">The union it is addressed to.</param>
/// <param name="UnionName">Its name.</param>
/// <param name="TownshipCode">Preferred township.</param>
/// <param name="TownshipName">Its name.</param>
/// <param name="SiteName">Preferred site.</param>
/// <param name="GroupId">Its group.</param>
/// <param name="GroupTitle">The group's title.</param>
/// <param name="MeTooCount">"Me too"s.</param>
/// <param name="PreferredTimesText">When the author could attend, in Chinese.</param>
/// <param name="Channel">Offline, Online or Either.</param>
/// <param name="ChannelName">The channel in Chinese.</param>
/// <param name="SurveyTitle">The survey it was submitted with.</param>
/// <param name="CreatedAt">When it was submitted.</param>
public sealed record ManagedNeed(int Id, NeedCategory Category, string CategoryName, string Text, NeedStatus Status, string StatusName,
    ModerationStatus Moderation, string ModerationName, string AuthorName, int UnionId, string UnionName, string? TownshipCode,
    string? TownshipName, string? SiteName, int? GroupId, string? GroupTitle, int MeTooCount, string PreferredTimesText,
    DeliveryChannel Channel, string ChannelName, string? SurveyTitle, DateTimeOffset CreatedAt);

/// <summary>
/// The staff needs inbox (需求收件箱): the needs addressed to unions of the caller's subtree, newest first. The pager's
/// total stops counting at <see cref="NeedsOptions.InboxCountCap"/> rows past the page (then "N 条以上"), and the page
/// is read down the (CreatedAt, Id) index, so a page costs about the same for a county as for a province.
/// </summary>
public sealed class SearchNeeds(AppDbContext db, DataScope scope, IOptions<NeedsOptions> options)
{
    public async Task<Outcome<CappedPagedList<ManagedNeed>>> HandleAsync(NeedSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var page = search.Page ?? 1;
        var pageSize = search.PageSize ?? 20;
        var problem = Paging.Check(page, pageSize) ?? CommonProblems.Validation;
        var category = Parse<NeedCategory>(search.Category, "category", "需求类别", ref problem);
        var status = Parse<NeedStatus>(search.Status, "status", "状态", ref problem);
        var moderation = Parse<ModerationStatus>(search.Moderation, "moderation", "审核状态", ref problem);
        if (search.Q is { Length: > 50 })
        {
            problem = problem.WithError("q", "搜索词不能超过50个字");
        }
        if (problem.Errors is { Count: > 0 })
        {
            return problem;
        }
        var access = await scope.GetAsync(ct);
        if (!access.IsStaff)
        {
            return CommonProblems.Forbidden;
        }
        // The unions in scope (or in the named subtree, which lies inside it) as a list, so the planner reads the newest
        // needs down the (CreatedAt, Id) index instead of sorting the subtree for every page. A system administrator's
        // scope is every union, so the list is left out.
        var unionIds = access.IsSystemAdmin ? null : await access.UnionIdListAsync(db, ct);
        if (search.Union is { } unionId)
        {
            var path = await db.Unions.Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null)
            {
                return CommonProblems.Field("union", "未找到该工会组织");
            }
            if (!access.Covers(path))
            {
                return NeedsProblems.UnionOutOfScope;
            }
            unionIds = await db.Unions.Where(u => u.Path.StartsWith(path)).Select(u => u.Id).ToListAsync(ct);
        }
        var query = db.Needs.AsNoTracking();
        if (unionIds is not null)
        {
            query = query.Where(n => unionIds.Contains(n.UnionId));
        }
        if (category is not null)
        {
            query = query.Where(n => n.Category == category);
        }
        if (status is not null)
        {
            query = query.Where(n => n.Status == status);
        }
        if (moderation is not null)
        {
            query = query.Where(n => n.Moderation == moderation);
        }
        if (!string.IsNullOrEmpty(search.Township))
        {
            var township = search.Township;
            query = query.Where(n => n.PreferredRegionCode == township);
        }
        if (search.Group is { } groupId)
        {
            query = query.Where(n => n.GroupId == groupId);
        }
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var term = search.Q.Trim();
            query = query.Where(n => n.Text.Contains(term));
        }

        var (total, totalIsLowerBound) = await CappedCount.CountAsync(query, page, pageSize, options.Value.InboxCountCap, ct);
        var rows = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(n => new
            {
                Need = n,
                AuthorName = db.Users.Where(u => u.Id == n.UserId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                UnionName = db.Unions.Where(u => u.Id == n.UnionId).Select(u => u.Name).FirstOrDefault() ?? "",
                TownshipName = db.Regions.Where(r => r.Code == n.PreferredRegionCode).Select(r => r.Name).FirstOrDefault(),
                SiteName = db.Sites.Where(s => s.Id == n.PreferredSiteId).Select(s => s.Name).FirstOrDefault(),
                GroupTitle = db.NeedGroups.Where(g => g.Id == n.GroupId).Select(g => g.Title).FirstOrDefault(),
                SurveyTitle = db.NeedsSurveys.Where(s => s.Id == n.SurveyId).Select(s => s.Title).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return new CappedPagedList<ManagedNeed>(rows.Select(r => new ManagedNeed(r.Need.Id, r.Need.Category, r.Need.Category.Chinese(), r.Need.Text,
            r.Need.Status, r.Need.Status.Chinese(), r.Need.Moderation, r.Need.Moderation.Chinese(), r.AuthorName, r.Need.UnionId, r.UnionName,
            r.Need.PreferredRegionCode, r.TownshipName, r.SiteName, r.Need.GroupId, r.GroupTitle, r.Need.MeTooCount,
            NeedViews.TimesText(r.Need.PreferredTimes), r.Need.Channel, r.Need.Channel.Chinese(), r.SurveyTitle, r.Need.CreatedAt)).ToList(),
            total, page, pageSize, totalIsLowerBound);
    }

    private static T? Parse<T>(string? text, string field, string label, ref AppProblem problem) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (EnumText.TryParse<T>(text, out var value))
        {
            return value;
        }
        problem = problem.WithError(field, $"{label}应为 {EnumText.ChoicesInChinese<T>()}");
        return null;
    }
}
