using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Regions;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Statistics.Tallies;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Needs;

/// <summary>A worker's need (提需求).</summary>
public sealed record SubmitNeedRequest
{
    /// <summary>EmploymentRights, SkillsTraining, Psychology, LegalAid, MutualAid, WomenWorkers, CultureAndSports, ChildCare or Other.</summary>
    [Required(ErrorMessage = "请选择需求类别")]
    public NeedCategory? Category { get; set; }

    /// <summary>The need in the worker's words, 1 to 500 characters.</summary>
    [Required(ErrorMessage = "请写下您的需求")]
    [TrimmedLength(Need.MaxTextLength, ErrorMessage = "需求内容不能超过500个字")]
    public string Text { get; set; } = "";

    /// <summary>A preferred site (must be open to the public); the need goes to that site's union.</summary>
    public int? PreferredSiteId { get; set; }

    /// <summary>A preferred township or street (9 digits); the need goes to the union serving it.</summary>
    [RegularExpression(@"^\d{9}$", ErrorMessage = "乡镇（街道）代码应为9位数字")]
    public string? TownshipCode { get; set; }

    /// <summary>When the worker could attend: WeekdayDaytime, WeekdayEvening, Weekend (none: any time).</summary>
    public List<PreferredTimes> PreferredTimes { get; set; } = [];

    /// <summary>Offline, Online or Either (the default).</summary>
    public DeliveryChannel? Channel { get; set; }

    /// <summary>The needs survey this need answers, if any (open today, with the chosen category).</summary>
    public int? SurveyId { get; set; }
}

/// <summary>
/// A signed-in worker submits a need. It is addressed to a union (the preferred site's; else the township union;
/// else the county union; with no place given, the worker's home union), screened before it can be public, and —
/// when the screen passes it — grouped at once; all in one transaction.
/// </summary>
public sealed class SubmitNeed(AppDbContext db, CurrentUser current, HoldForReview moderation, GroupNeed grouping, StatisticsTallies tallies,
    TimeProvider time)
{
    public async Task<Outcome<MyNeed>> HandleAsync(SubmitNeedRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var checkedRequest = await CheckAsync(request, userId, ct);
        if (!checkedRequest.Succeeded)
        {
            return checkedRequest.Problem;
        }
        var (text, unionId, townshipCode, siteId, times) = checkedRequest.Value;
        var (status, screen) = await moderation.ScreenAsync(text, ct);

        var saved = await db.InTransactionAsync<int>(async token =>
        {
            var need = new Need
            {
                UserId = userId,
                UnionId = unionId,
                SurveyId = request.SurveyId,
                Category = request.Category!.Value,
                Text = text,
                PreferredSiteId = siteId,
                PreferredRegionCode = townshipCode,
                PreferredTimes = times,
                Channel = request.Channel ?? DeliveryChannel.Either,
                Moderation = status,
                CreatedAt = time.GetUtcNow(),
            };
            db.Needs.Add(need);
            await db.SaveChangesAsync(token);
            await tallies.NeedReceivedAsync(need.UnionId, need.CreatedAt, token);
            if (status == ModerationStatus.Approved)
            {
                await grouping.HandleAsync(need, token);
            }
            else
            {
                moderation.Open(NeedModeration.Type, need.Id, unionId, userId, text, screen);
                await db.SaveChangesAsync(token);
            }
            return need.Id;
        }, ct);

        var row = await NeedViews.Rows(db.Needs.AsNoTracking().Where(n => n.Id == saved.Value), db).FirstAsync(ct);
        return NeedViews.ToMyNeed(row);
    }

    private async Task<Outcome<(string Text, int UnionId, string? Township, int? SiteId, PreferredTimes Times)>> CheckAsync(
        SubmitNeedRequest request, Guid userId, CancellationToken ct)
    {
        var problem = CommonProblems.Validation;
        if (request.Category is not { } category || !Enum.IsDefined(category))
        {
            problem = problem.WithError("category", $"需求类别应为 {EnumText.ChoicesInChinese<NeedCategory>()}");
        }
        var text = request.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            problem = problem.WithError("text", "请写下您的需求");
        }
        else if (text.Length > Need.MaxTextLength)
        {
            problem = problem.WithError("text", $"需求内容不能超过{Need.MaxTextLength}个字");
        }
        var times = PreferredTimes.None;
        foreach (var slot in request.PreferredTimes ?? [])
        {
            if (slot == PreferredTimes.None || !Enum.IsDefined(slot))
            {
                problem = problem.WithError("preferredTimes", $"方便的时间应为 {EnumText.ChoicesInChinese<PreferredTimes>()}");
                break;
            }
            times |= slot;
        }
        if (request.Channel is { } channel && !Enum.IsDefined(channel))
        {
            problem = problem.WithError("channel", $"服务方式应为 {EnumText.ChoicesInChinese<DeliveryChannel>()}");
        }

        var today = time.LocalToday();
        Site? site = null;
        if (request.PreferredSiteId is { } siteId)
        {
            site = await db.Sites.AsNoTracking().Where(Site.PubliclyVisible(today)).FirstOrDefaultAsync(s => s.Id == siteId, ct);
            if (site is null)
            {
                problem = problem.WithError("preferredSiteId", "未找到该阵地，或阵地暂未开放");
            }
        }
        var township = string.IsNullOrEmpty(request.TownshipCode) ? null : request.TownshipCode;
        if (township is not null)
        {
            if (!await db.Regions.AnyAsync(r => r.Code == township && r.Level == RegionLevel.Township, ct))
            {
                problem = problem.WithError("townshipCode", "未找到该乡镇（街道）");
            }
            else if (site is not null && site.RegionCode != township)
            {
                problem = problem.WithError("townshipCode", "所选阵地不在该乡镇（街道），只选其中一项即可");
            }
        }
        if (problem.Errors is { Count: > 0 })
        {
            return problem;
        }

        var unionId = await AddresseeAsync(site, township, userId, ct);
        if (unionId is null)
        {
            return site is null && township is null
                ? NeedsProblems.RegionNotServed.WithError("townshipCode", "请选择阵地或乡镇（街道）")
                : NeedsProblems.RegionNotServed;
        }
        if (request.SurveyId is { } surveyId)
        {
            var surveyProblem = await CheckSurveyAsync(surveyId, request.Category!.Value, unionId.Value, today, ct);
            if (surveyProblem is not null)
            {
                return surveyProblem;
            }
        }
        return (text, unionId.Value, site?.RegionCode ?? township, site?.Id, times);
    }

    /// <summary>The union a need goes to; null when no union serves the place (or no place and no home union).</summary>
    private async Task<int?> AddresseeAsync(Site? site, string? township, Guid userId, CancellationToken ct)
    {
        if (site is not null)
        {
            return site.UnionId;
        }
        if (township is not null)
        {
            var county = Region.CountyCodeOf(township);
            // The street/township union is the nearest; the county union serves townships that have none.
            return await db.Unions.Where(u => u.RegionCode == township && u.Level == UnionLevel.Township)
                    .OrderBy(u => u.Id).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct)
                ?? await db.Unions.Where(u => u.RegionCode == county && u.Level == UnionLevel.County)
                    .OrderBy(u => u.Id).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        }
        return await db.Users.Where(u => u.Id == userId).Select(u => u.HomeUnionId).FirstOrDefaultAsync(ct);
    }

    private async Task<AppProblem?> CheckSurveyAsync(int surveyId, NeedCategory category, int unionId, DateOnly today, CancellationToken ct)
    {
        var survey = await db.NeedsSurveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == surveyId, ct);
        if (survey is null)
        {
            return CommonProblems.Field("surveyId", "未找到该需求调查");
        }
        if (!survey.IsOpenOn(today))
        {
            return NeedsProblems.SurveyNotOpen.WithDetail(string.Create(CultureInfo.InvariantCulture, $"调查期为 {survey.OpensOn:yyyy-MM-dd} 至 {survey.ClosesOn:yyyy-MM-dd}"));
        }
        if (!survey.Categories.Contains(category))
        {
            return CommonProblems.Field("category", "本次调查征集的类别为 " + string.Join("、", survey.Categories.Select(c => c.Chinese())));
        }
        var paths = await db.Unions.Where(u => u.Id == survey.UnionId || u.Id == unionId).Select(u => new { u.Id, u.Path }).ToListAsync(ct);
        var surveyPath = paths.First(p => p.Id == survey.UnionId).Path;
        var needPath = paths.First(p => p.Id == unionId).Path;
        return needPath.StartsWith(surveyPath, StringComparison.Ordinal)
            ? null
            : CommonProblems.Field("surveyId", "该需求调查不覆盖所选地区");
    }
}
