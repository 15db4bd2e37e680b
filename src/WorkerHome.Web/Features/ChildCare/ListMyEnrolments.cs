using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.ChildCare;

/// <summary>One of the guardian's enrolments.</summary>
public sealed record MyEnrolment(int Id, int ClassId, string ClassTitle, string SiteName, DateOnly FirstDay, DateOnly LastDay, string DailyHours,
    string ChildName, EnrolmentStatus Status, string StatusText, int? Position, bool CanWithdraw);

/// <summary>The signed-in guardian's enrolments, newest class first, with the waiting position where waiting.</summary>
public sealed class ListMyEnrolments(AppDbContext db, CurrentUser user, TimeProvider time)
{
    public async Task<Outcome<IReadOnlyList<MyEnrolment>>> HandleAsync(CancellationToken ct)
    {
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var today = time.LocalToday();
        var rows = await db.CareEnrolments.AsNoTracking().Where(e => e.GuardianId == userId)
            .Join(db.CareClasses, e => e.ClassId, c => c.Id, (e, c) => new { e, c })
            .OrderByDescending(x => x.c.FirstDay).ThenByDescending(x => x.e.Id).Take(100)
            .Select(x => new
            {
                x.e.Id, x.e.ClassId, x.c.Title, x.c.FirstDay, x.c.LastDay, x.c.DailyFrom, x.c.DailyTo, x.e.ChildName, x.e.Status,
                SiteName = db.Sites.Where(s => s.Id == x.c.SiteId).Select(s => s.Name).First(),
                Position = x.e.Status == EnrolmentStatus.Waitlisted
                    ? db.CareEnrolments.Count(o => o.ClassId == x.e.ClassId && o.Status == EnrolmentStatus.Waitlisted && o.Id <= x.e.Id)
                    : (int?)null,
            })
            .ToListAsync(ct);
        return rows.Select(r => new MyEnrolment(r.Id, r.ClassId, r.Title, r.SiteName, r.FirstDay, r.LastDay,
            $"{ChinaTime.FormatMinutes(r.DailyFrom)}-{ChinaTime.FormatMinutes(r.DailyTo)}", r.ChildName, r.Status, EnumText.Chinese(r.Status),
            r.Position, r.Status is EnrolmentStatus.Enrolled or EnrolmentStatus.Waitlisted && today < r.FirstDay)).ToList();
    }
}
