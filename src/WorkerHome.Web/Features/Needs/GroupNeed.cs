using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Moderation;

namespace WorkerHome.Features.Needs;

/// <summary>
/// Puts a need that has just become public into a group (梳理需求): the open group of the same union and category
/// whose most similar member is most similar (<see cref="NeedGrouping"/>), or a new group titled from the need.
/// Runs inside the caller's transaction (submitting, or a moderator's approval) and saves.
/// </summary>
public sealed class GroupNeed(AppDbContext db, TimeProvider time)
{
    /// <summary>Groups a tracked, approved need; returns the id of its group.</summary>
    public async Task<int> HandleAsync(Need need, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(need);
        if (need.Moderation != ModerationStatus.Approved)
        {
            throw new InvalidOperationException("Only approved needs are grouped.");
        }
        var candidates = await CandidatesAsync(need.UnionId, need.Category, ct);
        var groupId = NeedGrouping.BestGroup(NeedGrouping.Bigrams(need.Text), candidates.Where(c => c.NeedId != need.Id).Select(c => (c.GroupId, c.Bigrams)));
        await PlaceAsync(need, groupId, ct);
        return need.GroupId!.Value;
    }

    /// <summary>
    /// Groups several approved needs of one union and category in order, each seeing the groups the ones before it
    /// joined or started (used by regrouping).
    /// </summary>
    public async Task<(int Grouped, int NewGroups)> HandleManyAsync(IReadOnlyList<Need> needs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(needs);
        var grouped = 0;
        var newGroups = 0;
        foreach (var batch in needs.GroupBy(n => (n.UnionId, n.Category)))
        {
            var candidates = await CandidatesAsync(batch.Key.UnionId, batch.Key.Category, ct);
            foreach (var need in batch.OrderBy(n => n.CreatedAt).ThenBy(n => n.Id))
            {
                var bigrams = NeedGrouping.Bigrams(need.Text);
                var groupId = NeedGrouping.BestGroup(bigrams, candidates.Where(c => c.NeedId != need.Id).Select(c => (c.GroupId, c.Bigrams)));
                newGroups += groupId is null ? 1 : 0;
                await PlaceAsync(need, groupId, ct);
                candidates.Add(new Candidate(need.Id, need.GroupId!.Value, bigrams));
                grouped++;
            }
        }
        return (grouped, newGroups);
    }

    private async Task PlaceAsync(Need need, int? groupId, CancellationToken ct)
    {
        if (groupId is null)
        {
            var group = new NeedGroup
            {
                UnionId = need.UnionId,
                Category = need.Category,
                Title = NeedGrouping.TitleFrom(need.Text),
                CreatedAt = time.GetUtcNow(),
            };
            db.NeedGroups.Add(group);
            await db.SaveChangesAsync(ct);
            groupId = group.Id;
        }
        need.GroupId = groupId;
        if (need.Status == NeedStatus.Submitted)
        {
            need.Status = NeedStatus.Grouped;
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<List<Candidate>> CandidatesAsync(int unionId, NeedCategory category, CancellationToken ct)
    {
        var open = db.NeedGroups.Where(g => g.UnionId == unionId && g.Category == category && g.MergedIntoId == null).Select(g => g.Id);
        var members = await db.Needs.AsNoTracking()
            .Where(n => n.GroupId != null && open.Contains(n.GroupId.Value) && n.Moderation == ModerationStatus.Approved)
            .Select(n => new { n.Id, GroupId = n.GroupId!.Value, n.Text })
            .ToListAsync(ct);
        return members.Select(m => new Candidate(m.Id, m.GroupId, NeedGrouping.Bigrams(m.Text))).ToList();
    }

    private sealed record Candidate(int NeedId, int GroupId, IReadOnlySet<string> Bigrams);
}
