using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Account;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Volunteers;

/// <summary>
/// A volunteer edits their own record. Staff verified the qualification and certificate for one union, so a
/// verified volunteer who changes any of these goes back to 待审核 and loses the Volunteer role until verified
/// again. A rejected record that is edited is submitted again. A suspended volunteer stays suspended.
/// </summary>
public sealed class UpdateMyVolunteer(AppDbContext db, CurrentUser current, VolunteerRules rules, VolunteerDetails details)
{
    public async Task<Outcome<VolunteerDetail>> HandleAsync(VolunteerInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var volunteer = await db.Volunteers.FirstOrDefaultAsync(v => v.UserId == userId, ct);
        if (volunteer is null)
        {
            return VolunteersProblems.NotRegistered;
        }
        if (input.Version is not { } version)
        {
            return VolunteersProblems.VersionRequired;
        }
        if (version != volunteer.Version)
        {
            return CommonProblems.StaleVersion.WithDetail($"您编辑的是第 {version} 版，当前为第 {volunteer.Version} 版");
        }
        var checkedInput = await rules.CheckAsync(input, ct);
        if (!checkedInput.Succeeded)
        {
            return checkedInput.Problem;
        }
        var reverify = NeedsReverification(volunteer, checkedInput.Value);
        checkedInput.Value.ApplyTo(volunteer);
        if (!db.ChangeTracker.HasChanges() && volunteer.Status != VolunteerStatus.Rejected)
        {
            return await details.LoadAsync(volunteer.Id, ct);
        }

        var saved = await db.InTransactionAsync<int>(async token =>
        {
            if (volunteer.Status == VolunteerStatus.Rejected || (volunteer.Status == VolunteerStatus.Verified && reverify))
            {
                if (volunteer.Status == VolunteerStatus.Verified)
                {
                    db.RoleGrants.RemoveRange(await db.RoleGrants.Where(g => g.UserId == userId && g.Role == Role.Volunteer).ToListAsync(token));
                }
                volunteer.Status = VolunteerStatus.Pending;
                volunteer.ReviewNote = null;
            }
            volunteer.Version = version + 1;
            try
            {
                await db.SaveChangesAsync(token);
            }
            catch (DbUpdateConcurrencyException)
            {
                return CommonProblems.StaleVersion;
            }
            return volunteer.Id;
        }, ct);
        return saved.Succeeded ? await details.LoadAsync(saved.Value, ct) : saved.Problem;
    }

    /// <summary>Whether an edit touches what staff verified: the qualification, the certificate, the union.</summary>
    public static bool NeedsReverification(Volunteer volunteer, CheckedVolunteer edit)
    {
        ArgumentNullException.ThrowIfNull(volunteer);
        ArgumentNullException.ThrowIfNull(edit);
        return volunteer.Qualification != edit.Qualification
            || !string.Equals(volunteer.CertificateNumber, edit.CertificateNumber, StringComparison.Ordinal)
            || volunteer.UnionId != edit.UnionId;
    }
}
