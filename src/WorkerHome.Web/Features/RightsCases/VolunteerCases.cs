using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.RightsCases;

/// <summary>The cases assigned to the signed-in legal volunteer, open first.</summary>
public sealed class ListVolunteerCases(AppDbContext db, CurrentUser user, CaseAccess access, TimeProvider time)
{
    public async Task<Outcome<IReadOnlyList<RightsCaseItem>>> HandleAsync(CancellationToken ct)
    {
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        if (await access.FindVolunteerAsync(userId, ct) is not { } volunteer)
        {
            return RightsCasesProblems.NotAVolunteer;
        }
        var today = time.LocalToday();
        var rows = await RightsCaseViews.Rows(db, db.RightsCases.AsNoTracking().Where(c => c.AssignedVolunteerId == volunteer.Id)).ToListAsync(ct);
        return rows.OrderBy(r => r.Case.Status == RightsCaseStatus.Closed).ThenByDescending(r => r.Case.SubmittedAt)
            .Select(r => RightsCaseViews.Item(r, today)).ToList();
    }
}

/// <summary>The assigned legal volunteer opens a case (logged); any other volunteer gets 404, logged as denied.</summary>
public sealed class GetVolunteerCase(AppDbContext db, CaseAccess access, TimeProvider time)
{
    public async Task<Outcome<RightsCaseDetail>> HandleAsync(int id, CancellationToken ct)
    {
        var opened = await access.VolunteerAsync(id, ct);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }
        await access.ViewedAsync(opened.Value.Case, ct);
        return await RightsCaseViews.DetailAsync(db, id, forWorker: false, time.LocalToday(), ct);
    }
}
