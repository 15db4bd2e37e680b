using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.ChildCare;

/// <summary>
/// Keeps a care class's one invariant: no free place while a child waits. Every change of an enrolment's status in a
/// class happens with the class row locked (an UPDATE on it comes first), so two withdrawals at the same moment
/// promote two different children, and one withdrawal clicked twice promotes one.
/// </summary>
public sealed class CarePlaces(AppDbContext db, Notifier notifier, TimeProvider time)
{
    /// <summary>Ends an enrolled or waiting child's enrolment and gives its place to the first child waiting.</summary>
    public async Task<Outcome<Done>> EndAsync(int enrolmentId, int classId, EnrolmentStatus ending, string? reason, CancellationToken ct)
    {
        await LockAsync(classId, ct);
        var current = await db.CareEnrolments.Where(e => e.Id == enrolmentId).Select(e => e.Status).SingleAsync(ct);
        if (current is not (EnrolmentStatus.Enrolled or EnrolmentStatus.Waitlisted))
        {
            return ChildCareProblems.EnrolmentEnded;
        }
        var now = time.GetUtcNow();
        var ended = await db.CareEnrolments.Where(e => e.Id == enrolmentId && e.Status == current)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, ending).SetProperty(e => e.EndedAt, now).SetProperty(e => e.EndReason, reason), ct);
        if (ended != 1)
        {
            return ChildCareProblems.EnrolmentEnded;
        }
        if (current == EnrolmentStatus.Enrolled)
        {
            await db.CareClasses.Where(c => c.Id == classId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Enrolled, c => c.Enrolled - 1), ct);
            await FillAsync(classId, ct);
        }
        else
        {
            await db.CareClasses.Where(c => c.Id == classId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Waitlisted, c => c.Waitlisted - 1), ct);
        }
        return Done.Value;
    }

    /// <summary>Confirms the first waiting children into the free places and tells their guardians. Class row locked.</summary>
    public async Task<int> FillAsync(int classId, CancellationToken ct)
    {
        var places = await db.CareClasses.Where(c => c.Id == classId)
            .Select(c => new { c.Capacity, c.Enrolled, c.Title, c.Status }).SingleAsync(ct);
        var free = places.Capacity - places.Enrolled;
        if (free <= 0 || places.Status is CareClassStatus.Cancelled)
        {
            return 0;
        }
        var promoted = await db.CareEnrolments.Where(e => e.ClassId == classId && e.Status == EnrolmentStatus.Waitlisted)
            .OrderBy(e => e.Id).Take(free).ToListAsync(ct);
        if (promoted.Count == 0)
        {
            return 0;
        }
        var now = time.GetUtcNow();
        foreach (var enrolment in promoted)
        {
            enrolment.Status = EnrolmentStatus.Enrolled;
            enrolment.EnrolledAt = now;
        }
        var taken = await db.CareClasses
            .Where(c => c.Id == classId && c.Enrolled + promoted.Count <= c.Capacity && c.Waitlisted >= promoted.Count)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Enrolled, c => c.Enrolled + promoted.Count)
                .SetProperty(c => c.Waitlisted, c => c.Waitlisted - promoted.Count), ct);
        if (taken != 1)
        {
            throw new InvalidOperationException($"Care class {classId} changed under its lock.");
        }
        notifier.Notify(promoted.Select(e => e.GuardianId).Distinct(), "托管班候补成功",
            $"“{places.Title}”有了空位，您候补的孩子已被录取。不能参加请及时退出，把名额留给其他家庭。", "/me/child-care");
        await db.SaveChangesAsync(ct);
        return promoted.Count;
    }

    /// <summary>Takes the class row's lock for the rest of the transaction (a no-op update on PostgreSQL and SQLite alike).</summary>
    public Task LockAsync(int classId, CancellationToken ct) =>
        db.CareClasses.Where(c => c.Id == classId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Enrolled, c => c.Enrolled), ct);
}
