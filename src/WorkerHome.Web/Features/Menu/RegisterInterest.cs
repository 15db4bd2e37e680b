using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Account;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Menu;

/// <summary>A worker's interest in an item, after registering or withdrawing it.</summary>
/// <param name="ItemId">Item id.</param>
/// <param name="InterestCount">Workers interested now.</param>
/// <param name="ClassSize">The count at which staff are prompted to schedule.</param>
/// <param name="Interested">Whether the caller is among them.</param>
public sealed record InterestState(int ItemId, int InterestCount, int ClassSize, bool Interested);

/// <summary>The state, and whether this request registered the interest (a repeat did not).</summary>
public sealed record InterestOutcome(InterestState State, bool IsNew);

/// <summary>
/// A worker says "I want this" (点单意向) for an item of an open menu, once. The interest row and the counter change
/// together, the counter by one conditional statement, so concurrent requests never lose a count. When the count
/// reaches the class size the staff of the menu's union are prompted to schedule, exactly once: the prompt is
/// claimed by a statement that only succeeds while nobody has claimed it.
/// </summary>
public sealed class RegisterInterest(AppDbContext db, CurrentUser user, Notifier notifier, TimeProvider time)
{
    public async Task<Outcome<InterestOutcome>> HandleAsync(int itemId, CancellationToken ct)
    {
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var today = time.LocalToday();
        var item = await db.MenuItems.AsNoTracking()
            .Where(i => i.Id == itemId)
            .Select(i => new { i.Id, i.Title, i.UnionId, Menu = db.Menus.First(m => m.Id == i.MenuId) })
            .FirstOrDefaultAsync(ct);
        if (item is null || item.Menu.Status == MenuStatus.Draft)
        {
            return MenuProblems.ItemNotFound;
        }
        if (item.Menu.Status != MenuStatus.Published || item.Menu.PeriodEnd < today)
        {
            return MenuProblems.Closed;
        }
        if (await db.ItemInterests.AnyAsync(x => x.MenuItemId == itemId && x.UserId == userId, ct))
        {
            return new InterestOutcome(await StateAsync(itemId, userId, ct), IsNew: false);
        }

        var now = time.GetUtcNow();
        try
        {
            return await db.InTransactionAsync<InterestOutcome>(async token =>
            {
                db.ItemInterests.Add(new ItemInterest { MenuItemId = itemId, UserId = userId, CreatedAt = now });
                await db.SaveChangesAsync(token);
                // Counted only while the menu is still open: a close that won the race rolls the interest back.
                var counted = await db.MenuItems
                    .Where(i => i.Id == itemId && db.Menus.Any(m => m.Id == i.MenuId && m.Status == MenuStatus.Published && m.PeriodEnd >= today))
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.InterestCount, i => i.InterestCount + 1), token);
                if (counted == 0)
                {
                    return MenuProblems.Closed;
                }
                var claimed = await db.MenuItems
                    .Where(i => i.Id == itemId && i.SchedulingPromptedAt == null && i.InterestCount >= i.ClassSize)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.SchedulingPromptedAt, now), token);
                if (claimed == 1)
                {
                    await PromptStaffAsync(itemId, item.Title, item.Menu.Title, item.UnionId, token);
                    await db.SaveChangesAsync(token);
                }
                return new InterestOutcome(await StateAsync(itemId, userId, token), IsNew: true);
            }, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // The same worker's other request got there first (a double tap): this one is a repeat.
            db.ChangeTracker.Clear();
            return new InterestOutcome(await StateAsync(itemId, userId, ct), IsNew: false);
        }
    }

    private async Task<InterestState> StateAsync(int itemId, Guid userId, CancellationToken ct)
    {
        var counts = await db.MenuItems.AsNoTracking().Where(i => i.Id == itemId)
            .Select(i => new { i.InterestCount, i.ClassSize }).FirstAsync(ct);
        var interested = await db.ItemInterests.AnyAsync(x => x.MenuItemId == itemId && x.UserId == userId, ct);
        return new InterestState(itemId, counts.InterestCount, counts.ClassSize, interested);
    }

    /// <summary>
    /// Tells the staff of the menu's union; a union without staff of its own (a street or community union run from
    /// above) is served by the nearest union above it that has staff.
    /// </summary>
    private async Task PromptStaffAsync(int itemId, string itemTitle, string menuTitle, int unionId, CancellationToken ct)
    {
        var item = await db.MenuItems.AsNoTracking().Where(i => i.Id == itemId)
            .Select(i => new { i.InterestCount, i.ClassSize }).FirstAsync(ct);
        var path = await db.Unions.Where(u => u.Id == unionId).Select(u => u.Path).FirstAsync(ct);
        var chain = UnionPaths.Ids(path);
        var grants = await db.RoleGrants.AsNoTracking()
            .Where(g => g.Role == Role.Staff && g.UnionId != null && chain.Contains(g.UnionId.Value))
            .Select(g => new { UnionId = g.UnionId!.Value, g.UserId })
            .ToListAsync(ct);
        var nearest = grants.GroupBy(g => g.UnionId).MaxBy(g => Array.IndexOf(chain, g.Key));
        if (nearest is null)
        {
            return;
        }
        notifier.Notify(nearest.Select(g => g.UserId),
            $"《{Shorten(itemTitle, 60)}》点单意向已满 {item.ClassSize} 人，请排期",
            $"《{menuTitle}》中的“{itemTitle}”已有 {item.InterestCount} 人登记点单意向，达到开班人数 {item.ClassSize} 人，请安排场次。",
            link: $"/console/sessions?item={itemId}");
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
