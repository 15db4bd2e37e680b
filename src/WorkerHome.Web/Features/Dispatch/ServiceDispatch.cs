using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Dispatch;

/// <summary>
/// 派单: staff ask volunteers to deliver a session (or a demand group that has no session yet). The dispatch is
/// offered to candidates in the order staff chose, one or a few at a time (<see cref="ParallelOffers"/>); each offer
/// has an answer deadline. The first volunteer to accept wins, by one conditional statement on this row; a decline
/// or an expiry passes the dispatch on to the next candidate, or back to staff (<see cref="OnNoAnswer"/>).
/// </summary>
public sealed class ServiceDispatch : IAudited
{
    public int Id { get; set; }

    /// <summary>The union whose staff dispatched; it scopes who may see and change the dispatch.</summary>
    public int UnionId { get; set; }

    /// <summary>The session to deliver; exactly one of this and <see cref="NeedGroupId"/> is set.</summary>
    public int? SessionId { get; set; }

    /// <summary>A group of needs that has no session yet: the volunteer who accepts will deliver its item.</summary>
    public int? NeedGroupId { get; set; }

    public DispatchStatus Status { get; set; } = DispatchStatus.Offered;

    /// <summary>Volunteer ids still to be offered, best first.</summary>
    public List<int> Queue { get; set; } = [];

    /// <summary>How many candidates hold an open offer at once (1 = one after another).</summary>
    public int ParallelOffers { get; set; } = 1;

    /// <summary>Hours a volunteer has to answer an offer.</summary>
    public int AnswerHours { get; set; } = 24;

    public NoAnswerPolicy OnNoAnswer { get; set; } = NoAnswerPolicy.NextCandidate;

    /// <summary>A word from staff to the volunteer (what to prepare, who to call at the site).</summary>
    public string? Note { get; set; }

    /// <summary>The volunteer who accepted.</summary>
    public int? VolunteerId { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public int Version { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => $"派单 {Id}";
}

/// <summary>One volunteer's offer of a dispatch, with its answer deadline.</summary>
public sealed class DispatchOffer
{
    public const int MaxReasonLength = 200;

    public int Id { get; set; }
    public int DispatchId { get; set; }
    public int VolunteerId { get; set; }

    /// <summary>The candidate's place in the ranked list (1 = best).</summary>
    public int Rank { get; set; }

    public OfferStatus Status { get; set; } = OfferStatus.Open;
    public DateTimeOffset OfferedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>Why the volunteer declined (有庭审安排, 时间冲突…).</summary>
    public string? DeclineReason { get; set; }
}
