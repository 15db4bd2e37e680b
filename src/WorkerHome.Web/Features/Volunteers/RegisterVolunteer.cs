using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Volunteers;

/// <summary>
/// A signed-in person registers as a volunteer (志愿者登记); staff of the chosen union then verify it. One record
/// per person: while it is pending, verified or suspended a second registration is refused; after a rejection the
/// person corrects it and submits again, which puts it back in the queue.
/// </summary>
public sealed class RegisterVolunteer(AppDbContext db, CurrentUser current, VolunteerRules rules, VolunteerDetails details, TimeProvider time)
{
    public async Task<Outcome<VolunteerDetail>> HandleAsync(VolunteerInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var existing = await db.Volunteers.FirstOrDefaultAsync(v => v.UserId == userId, ct);
        if (existing is not null && existing.Status != VolunteerStatus.Rejected)
        {
            return VolunteersProblems.AlreadyRegistered.WithDetail($"您的登记状态为“{existing.Status.Chinese()}”");
        }
        var checkedInput = await rules.CheckAsync(input, ct);
        if (!checkedInput.Succeeded)
        {
            return checkedInput.Problem;
        }

        var volunteer = existing ?? new Volunteer { UserId = userId, CreatedAt = time.GetUtcNow(), Version = 0 };
        checkedInput.Value.ApplyTo(volunteer);
        volunteer.Status = VolunteerStatus.Pending;
        volunteer.ReviewNote = null;
        volunteer.Version++;
        if (existing is null)
        {
            db.Volunteers.Add(volunteer);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommonProblems.StaleVersion;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return VolunteersProblems.AlreadyRegistered;
        }
        return await details.LoadAsync(volunteer.Id, ct);
    }
}
