using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Membership;

/// <summary>One application for staff in scope (masked); the reading is logged, an out-of-scope attempt logged as denied.</summary>
public sealed class GetApplication(AppDbContext db, MembershipAccess access, TimeProvider time)
{
    public async Task<Outcome<ApplicationItem>> HandleAsync(int id, CancellationToken ct)
    {
        var application = await db.MembershipApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
        {
            return MembershipProblems.ApplicationNotFound;
        }
        if (!await access.AllowAsync(nameof(MembershipApplication), id, application.IdMasked, application.UnionId, MembershipProblems.ApplicationNotFound.Code, ct))
        {
            return MembershipProblems.ApplicationNotFound;
        }
        await access.ViewedAsync(nameof(MembershipApplication), id, application.IdMasked, application.UnionId, ct);
        var unionName = await db.Unions.Where(u => u.Id == application.UnionId).Select(u => u.Name).FirstAsync(ct);
        var number = await db.Members.Where(m => m.Id == application.MemberId).Select(m => m.MemberNumber).FirstOrDefaultAsync(ct);
        return ListApplications.Item(application, unionName, number, time.LocalToday());
    }
}
