using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Sessions;

/// <summary>The item a session delivers, checked: it exists, its menu is open and it is in the caller's scope.</summary>
public sealed record SessionTarget(MenuItem Item, MenuStatus MenuStatus, string MenuTitle);

/// <summary>The rules every new session satisfies, shared by a single session and a weekly series.</summary>
public sealed class SessionRules(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<SessionTarget>> CheckAsync(SessionPlace input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await db.MenuItems.AsNoTracking().Where(i => i.Id == input.MenuItemId)
            .Select(i => new { Item = i, Menu = db.Menus.Where(m => m.Id == i.MenuId).Select(m => new { m.Status, m.Title }).First() })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return SessionsProblems.ItemNotFound.WithError("menuItemId", "未找到该服务项目");
        }
        if (!await scope.CoversUnionAsync(found.Item.UnionId, ct))
        {
            return SessionsProblems.OutOfScope;
        }
        if (found.Menu.Status == MenuStatus.Closed)
        {
            return SessionsProblems.MenuClosed;
        }

        var problem = CommonProblems.Validation;
        if (input.SiteId is null && string.IsNullOrWhiteSpace(input.OnlineUrl))
        {
            problem = problem.WithError("siteId", "请选择阵地，或填写线上链接");
        }
        if (found.Item.Channel == DeliveryChannel.Offline && input.SiteId is null)
        {
            problem = problem.WithError("siteId", "线下项目请选择开课的阵地");
        }
        if (found.Item.Channel == DeliveryChannel.Online && string.IsNullOrWhiteSpace(input.OnlineUrl))
        {
            problem = problem.WithError("onlineUrl", "线上项目请填写会议链接");
        }
        if (!string.IsNullOrWhiteSpace(input.OnlineUrl)
            && !(Uri.TryCreate(input.OnlineUrl.Trim(), UriKind.Absolute, out var url) && url.Scheme is "https" or "http"))
        {
            problem = problem.WithError("onlineUrl", "链接应以 http:// 或 https:// 开头");
        }
        if (input.SiteId is { } siteId)
        {
            var site = await db.Sites.AsNoTracking().Where(s => s.Id == siteId && s.DeletedAt == null)
                .Select(s => new { s.Status }).FirstOrDefaultAsync(ct);
            if (site is null)
            {
                problem = problem.WithError("siteId", "未找到该阵地");
            }
            else if (site.Status is not (SiteStatus.Operating))
            {
                problem = problem.WithError("siteId", "该阵地当前未运营，不能安排场次");
            }
        }
        if (ParseStart(input.Start) is null)
        {
            problem = problem.WithError("start", "开始时间格式应为 HH:mm，如 19:00");
        }
        if (input.DurationMinutes is < 15 or > 480)
        {
            problem = problem.WithError("durationMinutes", "时长应在 15 到 480 分钟之间");
        }
        if (input.Capacity is < 1 or > 1000)
        {
            problem = problem.WithError("capacity", "名额应在 1 到 1000 之间");
        }
        if (problem.Errors is { Count: > 0 })
        {
            return problem;
        }
        return new SessionTarget(found.Item, found.Menu.Status, found.Menu.Title);
    }

    /// <summary>A new session of the target on a date, or a problem when that moment has passed.</summary>
    public Outcome<Session> Build(SessionTarget target, SessionPlace input, DateOnly date, string? seriesKey)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(input);
        var startsAt = ChinaTime.FromLocal(date, ParseStart(input.Start)!.Value);
        var now = time.GetUtcNow();
        if (startsAt <= now)
        {
            return SessionsProblems.InThePast.WithError("date", "开始时间已过");
        }
        return new Session
        {
            MenuItemId = target.Item.Id,
            UnionId = target.Item.UnionId,
            StartsAt = startsAt,
            EndsAt = startsAt.AddMinutes(input.DurationMinutes),
            SiteId = input.SiteId,
            Place = string.IsNullOrWhiteSpace(input.Place) ? null : input.Place.Trim(),
            OnlineUrl = string.IsNullOrWhiteSpace(input.OnlineUrl) ? null : input.OnlineUrl.Trim(),
            Capacity = input.Capacity ?? target.Item.ClassSize,
            SeriesKey = seriesKey,
            Version = 1,
            CreatedAt = now,
        };
    }

    private static TimeOnly? ParseStart(string? text) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;
}
