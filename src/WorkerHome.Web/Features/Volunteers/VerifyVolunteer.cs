using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Volunteers;

/// <summary>Staff verify a pending volunteer (认证通过): the person gets the Volunteer role on the union served and a notice.</summary>
public sealed class VerifyVolunteer(VolunteerReview review)
{
    public Task<Outcome<VolunteerDetail>> HandleAsync(int id, ReviewRequest request, CancellationToken ct) =>
        review.DecideAsync(id, request, VolunteerStatus.Pending, VolunteersProblems.NotPending, VolunteerStatus.Verified, GrantChange.Grant,
            reasonRequired: false,
            _ => ("志愿者认证已通过", "您的志愿者登记已通过审核，可以接受工会派单了。"), ct);
}
