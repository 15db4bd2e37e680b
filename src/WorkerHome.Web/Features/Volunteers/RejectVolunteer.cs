using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Volunteers;

/// <summary>Staff reject a pending registration, saying why; the person may correct it and submit again.</summary>
public sealed class RejectVolunteer(VolunteerReview review)
{
    public Task<Outcome<VolunteerDetail>> HandleAsync(int id, ReviewRequest request, CancellationToken ct) =>
        review.DecideAsync(id, request, VolunteerStatus.Pending, VolunteersProblems.NotPending, VolunteerStatus.Rejected, GrantChange.Keep,
            reasonRequired: true,
            reason => ("志愿者登记未通过审核", $"原因：{reason}。您可以修改登记信息后重新提交。"), ct);
}
