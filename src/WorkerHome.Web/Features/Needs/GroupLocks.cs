using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;

namespace WorkerHome.Features.Needs;

/// <summary>
/// Row locks on need groups for staff edits. A no-op conditional update locks each open group (PostgreSQL) or
/// waits for the writer (SQLite), in id order, so two staff merging A into B and B into A at once queue instead of
/// deadlocking, and the second finds the first's result rather than making a cycle.
/// </summary>
internal static class GroupLocks
{
    /// <summary>Locks the groups; false when one of them is merged (or gone) by now.</summary>
    public static async Task<bool> LockOpenAsync(AppDbContext db, IEnumerable<int> groupIds, CancellationToken ct)
    {
        foreach (var id in groupIds.Distinct().Order())
        {
            var locked = await db.NeedGroups.Where(g => g.Id == id && g.MergedIntoId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(g => g.MergedIntoId, g => g.MergedIntoId), ct);
            if (locked == 0)
            {
                return false;
            }
        }
        return true;
    }
}
