using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.ChildCare;

/// <summary>
/// A guardian withdraws their own child before the class's first day; the first child waiting gets the place in the
/// same transaction. Another guardian's enrolment is "not found".
/// </summary>
public sealed class WithdrawEnrolment(AppDbContext db, CurrentUser user, CarePlaces places, TimeProvider time)
{
    public async Task<Outcome<Done>> HandleAsync(int enrolmentId, CancellationToken ct)
    {
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var enrolment = await db.CareEnrolments.AsNoTracking().Where(e => e.Id == enrolmentId && e.GuardianId == userId)
            .Select(e => new { e.ClassId, FirstDay = db.CareClasses.Where(c => c.Id == e.ClassId).Select(c => c.FirstDay).First() })
            .FirstOrDefaultAsync(ct);
        if (enrolment is null)
        {
            return ChildCareProblems.EnrolmentNotFound;
        }
        if (time.LocalToday() >= enrolment.FirstDay)
        {
            return ChildCareProblems.ClassStarted;
        }
        return await db.InTransactionAsync(token => places.EndAsync(enrolmentId, enrolment.ClassId, EnrolmentStatus.Withdrawn, "监护人退出", token), ct);
    }
}
