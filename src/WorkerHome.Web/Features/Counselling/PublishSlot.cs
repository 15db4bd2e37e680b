using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Counselling;

/// <summary>A slot a counsellor offers.</summary>
public sealed record SlotInput
{
    /// <summary>Start (an instant; shown in Beijing time).</summary>
    [Required(ErrorMessage = "请填写开始时间")]
    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>Length in minutes, 30 to 90.</summary>
    [Range(CounsellingSlot.MinMinutes, CounsellingSlot.MaxMinutes, ErrorMessage = "时长应在 30 到 90 分钟之间")]
    public int Minutes { get; init; } = 50;

    /// <summary>到站面谈 (InPerson), 电话 (Phone) or 视频 (Video).</summary>
    [Required(ErrorMessage = "请选择咨询方式")]
    public CounsellingMode? Mode { get; init; }

    /// <summary>The site, for in-person talks: one in the union the counsellor serves.</summary>
    public int? SiteId { get; init; }
}

/// <summary>A counsellor publishes a slot: in the future, inside the site's opening hours, clear of its own slots.</summary>
public sealed class PublishSlot(AppDbContext db, CurrentUser user, TimeProvider time)
{
    public async Task<Outcome<CounsellingSlotItem>> HandleAsync(SlotInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        if (await CounsellorOf.FindAsync(db, userId, ct) is not { } counsellor)
        {
            return CounsellingProblems.NotACounsellor;
        }
        var now = time.GetUtcNow();
        var problem = CheckShape(input, now);
        if (problem is not null)
        {
            return problem;
        }
        var startsAt = input.StartsAt!.Value.ToUniversalTime();
        var endsAt = startsAt.AddMinutes(input.Minutes);
        var unionId = counsellor.UnionId;
        if (input.Mode == CounsellingMode.InPerson)
        {
            var site = await db.Sites.AsNoTracking().Where(s => s.Id == input.SiteId && s.DeletedAt == null)
                .Select(s => new { Site = s, UnionPath = db.Unions.Where(u => u.Id == s.UnionId).Select(u => u.Path).First() })
                .FirstOrDefaultAsync(ct);
            if (site is null || !site.UnionPath.StartsWith(counsellor.UnionPath, StringComparison.Ordinal))
            {
                return CommonProblems.Field("siteId", "只能在您所服务工会的阵地安排面谈");
            }
            if (!OpenThroughout(site.Site, startsAt, endsAt))
            {
                return CommonProblems.Field("startsAt", "面谈时间须在阵地开放时间内");
            }
            unionId = site.Site.UnionId;
        }

        return await db.InTransactionAsync<CounsellingSlotItem>(async token =>
        {
            // The counsellor's lock makes the overlap check hold until commit, also for two slots published at once.
            await PersonLocks.LockAsync(db, PersonLock.CounsellingSlots, userId, token);
            if (await db.CounsellingSlots.AnyAsync(s => s.CounsellorId == counsellor.Id && s.Status == CounsellingSlotStatus.Open
                    && s.StartsAt < endsAt && s.EndsAt > startsAt, token))
            {
                return CounsellingProblems.SlotOverlaps.WithError("startsAt", "与您已发布的时段重叠");
            }
            var slot = new CounsellingSlot
            {
                CounsellorId = counsellor.Id,
                StartsAt = startsAt,
                EndsAt = endsAt,
                Mode = input.Mode!.Value,
                SiteId = input.Mode == CounsellingMode.InPerson ? input.SiteId : null,
                UnionId = unionId,
                CreatedAt = now,
            };
            db.CounsellingSlots.Add(slot);
            await db.SaveChangesAsync(token);
            var row = await CounsellingViews.Rows(db, db.CounsellingSlots.Where(s => s.Id == slot.Id)).SingleAsync(token);
            return CounsellingViews.Item(row, now);
        }, ct);
    }

    private static AppProblem? CheckShape(SlotInput input, DateTimeOffset now)
    {
        AppProblem? problem = null;
        if (input.StartsAt is null)
        {
            problem = CommonProblems.Field("startsAt", "请填写开始时间");
        }
        else if (input.StartsAt <= now)
        {
            problem = CommonProblems.Field("startsAt", "开始时间须在将来");
        }
        if (input.Minutes is < CounsellingSlot.MinMinutes or > CounsellingSlot.MaxMinutes)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("minutes", "时长应在 30 到 90 分钟之间");
        }
        if (input.Mode is null || !Enum.IsDefined(input.Mode.Value))
        {
            problem = (problem ?? CommonProblems.Validation).WithError("mode", "请选择咨询方式");
        }
        else if (input.Mode == CounsellingMode.InPerson && input.SiteId is null)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("siteId", "到站面谈请选择阵地");
        }
        return problem;
    }

    /// <summary>Open at the start and every five minutes until the end: closing for lunch inside a talk counts.</summary>
    private static bool OpenThroughout(Site site, DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        for (var at = startsAt; at < endsAt; at = at.AddMinutes(5))
        {
            if (!site.IsOpenAt(ChinaTime.ToLocal(at).DateTime))
            {
                return false;
            }
        }
        return true;
    }
}
