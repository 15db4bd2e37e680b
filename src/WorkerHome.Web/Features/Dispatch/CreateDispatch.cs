using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Dispatch;

/// <summary>A dispatch of a session or a need group to volunteers chosen in order.</summary>
public sealed record CreateDispatchRequest
{
    /// <summary>The session to deliver; give this or <see cref="NeedGroupId"/>.</summary>
    public int? SessionId { get; set; }

    /// <summary>The need group (still without a session) to deliver.</summary>
    public int? NeedGroupId { get; set; }

    /// <summary>Volunteers in the order they are to be asked, best first.</summary>
    [Required(ErrorMessage = "请选择志愿者")]
    [Length(1, 20, ErrorMessage = "请选择 1 到 20 位志愿者")]
    public List<int> VolunteerIds { get; set; } = [];

    /// <summary>How many of them hold an open offer at once (1–10).</summary>
    [Range(1, 10, ErrorMessage = "同时派给的人数应在 1 到 10 之间")]
    public int ParallelOffers { get; set; } = 1;

    /// <summary>Hours each volunteer has to answer (1–168).</summary>
    [Range(1, 168, ErrorMessage = "答复时限应在 1 到 168 小时之间")]
    public int AnswerHours { get; set; } = 24;

    /// <summary>What a decline or expiry does: NextCandidate or BackToStaff.</summary>
    public NoAnswerPolicy OnNoAnswer { get; set; } = NoAnswerPolicy.NextCandidate;

    /// <summary>A word to the volunteer (≤ 200 characters).</summary>
    [MaxLength(200, ErrorMessage = "备注不超过 200 字")]
    public string? Note { get; set; }
}

/// <summary>
/// 派单: staff of the target's union (or above) dispatch a session or a need group. The first
/// <see cref="ServiceDispatch.ParallelOffers"/> volunteers get an offer at once; the rest wait in the queue.
/// A second live dispatch of the same target is refused; the filtered unique index settles a race.
/// </summary>
public sealed class CreateDispatch(AppDbContext db, DataScope scope, CurrentUser current, DispatchTargets targets, DispatchFlow flow,
    DispatchViews views, TimeProvider time)
{
    public async Task<Outcome<DispatchView>> HandleAsync(CreateDispatchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (current.UserId is not { } actor)
        {
            return CommonProblems.Unauthenticated;
        }
        var problem = Check(request);
        if (problem is not null)
        {
            return problem;
        }
        var target = await targets.LoadAsync(request.SessionId, request.NeedGroupId, ct);
        if (target is null)
        {
            return request.SessionId is null ? DispatchProblems.GroupNotFound : DispatchProblems.SessionNotFound;
        }
        if (!(await scope.GetAsync(ct)).Covers(target.UnionPath))
        {
            return DispatchProblems.OutOfScope;
        }
        var volunteers = request.VolunteerIds.Distinct().ToList();
        var eligible = await targets.InBranch(target.UnionPath).Where(v => volunteers.Contains(v.Id)).Select(v => v.Id).ToListAsync(ct);
        if (eligible.Count != volunteers.Count)
        {
            return CommonProblems.Field("volunteerIds", "所选志愿者须为本工会所在系统内已认证的志愿者");
        }
        var now = time.GetUtcNow();
        if (target.IsClosed(now))
        {
            return DispatchProblems.SessionClosed;
        }
        if (await LiveExistsAsync(request, ct))
        {
            return DispatchProblems.AlreadyDispatched;
        }

        Outcome<int> created;
        try
        {
            created = await db.InTransactionAsync<int>(async token =>
            {
                var dispatch = new ServiceDispatch
                {
                    UnionId = target.UnionId,
                    SessionId = request.SessionId,
                    NeedGroupId = request.NeedGroupId,
                    ParallelOffers = request.ParallelOffers,
                    AnswerHours = request.AnswerHours,
                    OnNoAnswer = request.OnNoAnswer,
                    Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
                    Queue = volunteers.Skip(request.ParallelOffers).ToList(),
                    CreatedBy = actor,
                    CreatedAt = now,
                    Version = 1,
                };
                db.Dispatches.Add(dispatch);
                await db.SaveChangesAsync(token);
                await flow.OpenOffersAsync(dispatch, volunteers.Take(request.ParallelOffers).ToList(), DispatchFlow.TitleOf(target), token);
                await db.SaveChangesAsync(token);
                return dispatch.Id;
            }, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return DispatchProblems.AlreadyDispatched;
        }
        if (!created.Succeeded)
        {
            return created.Problem;
        }
        return (await views.ProjectAsync([created.Value], ct))[0];
    }

    private static AppProblem? Check(CreateDispatchRequest request)
    {
        AppProblem? problem = null;
        if ((request.SessionId is null) == (request.NeedGroupId is null))
        {
            problem = CommonProblems.Field("sessionId", "请指定场次 sessionId 或需求组 needGroupId 之一");
        }
        if (request.VolunteerIds is not { Count: >= 1 and <= 20 })
        {
            problem = (problem ?? CommonProblems.Validation).WithError("volunteerIds", "请选择 1 到 20 位志愿者");
        }
        else if (request.VolunteerIds.Distinct().Count() != request.VolunteerIds.Count)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("volunteerIds", "同一位志愿者只能选择一次");
        }
        if (request.ParallelOffers is < 1 or > 10)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("parallelOffers", "同时派给的人数应在 1 到 10 之间");
        }
        if (request.AnswerHours is < 1 or > 168)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("answerHours", "答复时限应在 1 到 168 小时之间");
        }
        if (!Enum.IsDefined(request.OnNoAnswer))
        {
            problem = (problem ?? CommonProblems.Validation).WithError("onNoAnswer", "请选择无人接单时的处理方式");
        }
        if (request.Note is { Length: > 200 })
        {
            problem = (problem ?? CommonProblems.Validation).WithError("note", "备注不超过 200 字");
        }
        return problem;
    }

    private Task<bool> LiveExistsAsync(CreateDispatchRequest request, CancellationToken ct) =>
        db.Dispatches.AnyAsync(d => d.Status != DispatchStatus.Cancelled
            && ((request.SessionId != null && d.SessionId == request.SessionId) || (request.NeedGroupId != null && d.NeedGroupId == request.NeedGroupId)), ct);
}
