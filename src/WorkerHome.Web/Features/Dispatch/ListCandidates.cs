using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Dispatch;

/// <summary>A ranked candidate for a dispatch.</summary>
/// <param name="VolunteerId">The volunteer.</param>
/// <param name="Name">Their name.</param>
/// <param name="Qualification">律师, 法官…</param>
/// <param name="Organization">Where they work.</param>
/// <param name="UnionName">The union they serve with.</param>
/// <param name="Score">The sum of the reasons' points.</param>
/// <param name="Blocked">Whether a reason rules them out (listed last).</param>
/// <param name="Reasons">Every reason with its points.</param>
public sealed record CandidateView(int VolunteerId, string Name, string Qualification, string Organization, string UnionName,
    int Score, bool Blocked, IReadOnlyList<CandidateReason> Reasons);

/// <summary>The target and its ranked candidates.</summary>
public sealed record CandidateList(DispatchTargetView Target, IReadOnlyList<CandidateView> Candidates);

/// <summary>Ranks the verified volunteers of the target's branch for a session or a need group (staff, in scope).</summary>
public sealed class ListCandidates(AppDbContext db, DataScope scope, DispatchTargets targets, TimeProvider time)
{
    public async Task<Outcome<CandidateList>> HandleAsync(int? sessionId, int? needGroupId, CancellationToken ct)
    {
        if ((sessionId is null) == (needGroupId is null))
        {
            return CommonProblems.Field("session", "请指定场次 session 或需求组 group 之一");
        }
        var target = await targets.LoadAsync(sessionId, needGroupId, ct);
        if (target is null)
        {
            return sessionId is null ? DispatchProblems.GroupNotFound : DispatchProblems.SessionNotFound;
        }
        if (!(await scope.GetAsync(ct)).Covers(target.UnionPath))
        {
            return DispatchProblems.OutOfScope;
        }
        var now = time.GetUtcNow();
        var candidates = await RankAsync(target, now, ct);
        return new CandidateList(target.View(now), candidates);
    }

    /// <summary>The branch's verified volunteers, ranked for the target.</summary>
    public async Task<IReadOnlyList<CandidateView>> RankAsync(TargetFacts target, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (monthFrom, monthTo) = CandidateRanking.MonthOf(target.StartsAt ?? now);
        var (startsAt, endsAt, sessionId) = (target.StartsAt ?? DateTimeOffset.MinValue, target.EndsAt ?? DateTimeOffset.MinValue, target.SessionId ?? 0);
        var timed = target.StartsAt is not null;
        var rows = await targets.InBranch(target.UnionPath).AsNoTracking()
            .Select(v => new
            {
                Volunteer = v,
                Name = db.Users.Where(u => u.Id == v.UserId).Select(u => u.DisplayName).First(),
                UnionName = db.Unions.Where(u => u.Id == v.UnionId).Select(u => u.Name).First(),
                ThatMonth = db.Sessions.Count(s => s.VolunteerId == v.Id && s.Status == SessionStatus.Scheduled
                    && s.StartsAt >= monthFrom && s.StartsAt < monthTo),
                Overlap = timed && db.Sessions.Any(s => s.VolunteerId == v.Id && s.Id != sessionId && s.Status == SessionStatus.Scheduled
                    && s.StartsAt < endsAt && s.EndsAt > startsAt),
                Ratings = db.Feedback.Count(f => f.VolunteerId == v.Id),
                Average = db.Feedback.Where(f => f.VolunteerId == v.Id).Average(f => (double?)f.ProviderStars),
            })
            .ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Volunteer.Id);
        var ranked = CandidateRanking.Rank(target.Ranking, rows.Select(r => new RankingFacts(
            r.Volunteer.Id, r.Volunteer.Skills, r.Volunteer.Tags, r.Volunteer.RegionCodes, r.Volunteer.BaseLatitude, r.Volunteer.BaseLongitude,
            r.Volunteer.Availability, r.Volunteer.MaxSessionsPerMonth, r.ThatMonth, r.Overlap, r.Average, r.Ratings)));
        return ranked.Select(s =>
        {
            var r = byId[s.VolunteerId];
            return new CandidateView(s.VolunteerId, r.Name, r.Volunteer.Qualification.Chinese(), r.Volunteer.Organization, r.UnionName,
                s.Score, s.Blocked, s.Reasons);
        }).ToList();
    }
}
