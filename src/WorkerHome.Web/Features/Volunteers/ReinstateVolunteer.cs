using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Volunteers;

/// <summary>Staff reinstate a suspended volunteer: verified again, with the Volunteer role back.</summary>
public sealed class ReinstateVolunteer(VolunteerReview review)
{
    public Task<Outcome<VolunteerDetail>> HandleAsync(int id, ReviewRequest request, CancellationToken ct) =>
        review.DecideAsync(id, request, VolunteerStatus.Suspended, VolunteersProblems.NotSuspended, VolunteerStatus.Verified, GrantChange.Grant,
            reasonRequired: false,
            _ => ("志愿者服务已恢复", "您的志愿者服务已恢复，可以接受工会派单了。"), ct);
}
