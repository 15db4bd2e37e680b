using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Volunteers;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.RightsCases;

/// <summary>A signed-in person as a legal volunteer: verified, qualified as 律师 or 法官.</summary>
public sealed record LegalVolunteer(int Id, Guid UserId, int UnionId, string DisplayName);

/// <summary>
/// The doors to a case. The worker opens its own (another's: 404). Staff open cases whose union is in their subtree;
/// a volunteer opens the cases assigned to it. Anyone else gets 404 and the attempt is logged with AccessAudit.
/// </summary>
public sealed class CaseAccess(AppDbContext db, CurrentUser user, DataScope scope, AccessAudit audit)
{
    public static IQueryable<Volunteer> LegalVolunteers(AppDbContext db) =>
        db.Volunteers.Where(v => v.Status == VolunteerStatus.Verified && (v.Qualification == Qualification.Lawyer || v.Qualification == Qualification.Judge));

    public async Task<Outcome<RightsCase>> WorkerAsync(int id, CancellationToken ct)
    {
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var found = await db.RightsCases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return found is not null && found.WorkerId == userId ? found : RightsCasesProblems.NotFound;
    }

    public async Task<Outcome<RightsCase>> StaffAsync(int id, CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        if (!access.IsStaff)
        {
            return CommonProblems.Forbidden;
        }
        var found = await db.RightsCases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (found is null)
        {
            return RightsCasesProblems.NotFound;
        }
        if (!await scope.CoversUnionAsync(found.UnionId, ct))
        {
            await audit.DeniedAsync(nameof(RightsCase), Key(found), found.Number, found.UnionId, RightsCasesProblems.NotFound.Code, ct);
            return RightsCasesProblems.NotFound;
        }
        return found;
    }

    public async Task<Outcome<(RightsCase Case, LegalVolunteer Volunteer)>> VolunteerAsync(int id, CancellationToken ct)
    {
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var volunteer = await FindVolunteerAsync(userId, ct);
        if (volunteer is null)
        {
            return RightsCasesProblems.NotAVolunteer;
        }
        var found = await db.RightsCases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (found is null)
        {
            return RightsCasesProblems.NotFound;
        }
        if (found.AssignedVolunteerId != volunteer.Id)
        {
            await audit.DeniedAsync(nameof(RightsCase), Key(found), found.Number, found.UnionId, RightsCasesProblems.NotFound.Code, ct);
            return RightsCasesProblems.NotFound;
        }
        return (found, volunteer);
    }

    public Task<LegalVolunteer?> FindVolunteerAsync(Guid userId, CancellationToken ct) =>
        LegalVolunteers(db).AsNoTracking().Where(v => v.UserId == userId)
            .Select(v => new LegalVolunteer(v.Id, v.UserId, v.UnionId, db.Users.Where(u => u.Id == v.UserId).Select(u => u.DisplayName).First()))
            .FirstOrDefaultAsync(ct);

    /// <summary>Accounts for a reading of a case's details; the label is the case number.</summary>
    public Task ViewedAsync(RightsCase found, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(found);
        return audit.ViewedAsync(nameof(RightsCase), Key(found), found.Number, found.UnionId, ct);
    }

    private static string Key(RightsCase c) => c.Id.ToString(CultureInfo.InvariantCulture);
}
