using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.ChildCare;

/// <summary>
/// Staff of the site's union create a class (as a draft) or edit one. Raising the places lets the first waiting
/// children in; places can never drop below the children already enrolled.
/// </summary>
public sealed class SaveCareClass(AppDbContext db, CareAccess access, CarePlaces places, TimeProvider time)
{
    public async Task<Outcome<CareClassView>> HandleAsync(int? id, CareClassInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var site = await db.Sites.AsNoTracking().Where(s => s.Id == input.SiteId && s.DeletedAt == null)
            .Select(s => new { s.Id, s.UnionId, s.Name }).FirstOrDefaultAsync(ct);
        if (site is null || !await access.CoversAsync(site.UnionId, ct))
        {
            return ChildCareProblems.SiteNotFound.WithError("siteId", "未找到该阵地，或不在您的管理范围内");
        }
        if (Check(input) is { } invalid)
        {
            return invalid;
        }
        var now = time.GetUtcNow();
        return await db.InTransactionAsync<CareClassView>(async token =>
        {
            CareClass? row;
            if (id is { } existing)
            {
                row = await db.CareClasses.FirstOrDefaultAsync(c => c.Id == existing, token);
                if (row is null || !await access.CoversAsync(row.UnionId, token))
                {
                    return ChildCareProblems.ClassNotFound;
                }
                if (row.Status == CareClassStatus.Cancelled)
                {
                    return ChildCareProblems.StatusChangeNotAllowed.WithDetail("已取消的托管班不能修改");
                }
                await places.LockAsync(row.Id, token);
                await db.Entry(row).ReloadAsync(token);
                if (input.Capacity < row.Enrolled)
                {
                    return ChildCareProblems.CapacityBelowEnrolled.WithError("capacity", $"已录取 {row.Enrolled} 人，名额不能少于此数");
                }
                if (input.WaitlistLimit < row.Waitlisted)
                {
                    return ChildCareProblems.CapacityBelowEnrolled.WithError("waitlistLimit", $"已有 {row.Waitlisted} 人候补，候补上限不能少于此数");
                }
            }
            else
            {
                row = new CareClass { Status = CareClassStatus.Draft, CreatedAt = now };
                db.CareClasses.Add(row);
            }
            row.SiteId = site.Id;
            row.UnionId = site.UnionId;
            row.Title = input.Title.Trim();
            row.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
            row.FirstDay = input.FirstDay!.Value;
            row.LastDay = input.LastDay!.Value;
            row.DailyFrom = input.DailyFrom;
            row.DailyTo = input.DailyTo;
            row.MinAge = input.MinAge;
            row.MaxAge = input.MaxAge;
            row.Capacity = input.Capacity;
            row.WaitlistLimit = input.WaitlistLimit;
            row.EnrolmentOpensAt = input.EnrolmentOpensAt!.Value;
            row.EnrolmentClosesAt = input.EnrolmentClosesAt!.Value;
            row.FeeFen = input.FeeFen;
            row.UpdatedAt = now;
            await db.SaveChangesAsync(token);
            if (id is not null)
            {
                await places.FillAsync(row.Id, token);
                await db.Entry(row).ReloadAsync(token);
            }
            return CareClassView.From(row, site.Name, now);
        }, ct);
    }

    private static AppProblem? Check(CareClassInput input)
    {
        var problem = CommonProblems.Validation;
        var failed = false;
        if (input.FirstDay is { } first && input.LastDay is { } last && last < first)
        {
            problem = problem.WithError("lastDay", "结束日期不能早于开班日期");
            failed = true;
        }
        if (input.DailyTo <= input.DailyFrom)
        {
            problem = problem.WithError("dailyTo", "每日结束时间应晚于开始时间");
            failed = true;
        }
        if (input.MaxAge < input.MinAge)
        {
            problem = problem.WithError("maxAge", "最大年龄不能小于最小年龄");
            failed = true;
        }
        if (input.EnrolmentOpensAt is { } opens && input.EnrolmentClosesAt is { } closes && closes <= opens)
        {
            problem = problem.WithError("enrolmentClosesAt", "报名截止时间应晚于开始时间");
            failed = true;
        }
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            problem = problem.WithError("title", "请填写班级名称");
            failed = true;
        }
        return failed ? problem : null;
    }
}
