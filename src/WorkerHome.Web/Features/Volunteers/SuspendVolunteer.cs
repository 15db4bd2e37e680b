using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Volunteers;

/// <summary>Staff suspend a verified volunteer, saying why: the Volunteer role is removed, so no new dispatches reach them.</summary>
public sealed class SuspendVolunteer(VolunteerReview review)
{
    public Task<Outcome<VolunteerDetail>> HandleAsync(int id, ReviewRequest request, CancellationToken ct) =>
        review.DecideAsync(id, request, VolunteerStatus.Verified, VolunteersProblems.NotVerified, VolunteerStatus.Suspended, GrantChange.Revoke,
            reasonRequired: true,
            reason => ("志愿者服务已暂停", $"原因：{reason}。如有疑问请联系工会。"), ct);
}
