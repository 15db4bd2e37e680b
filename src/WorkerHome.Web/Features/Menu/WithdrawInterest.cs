using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Menu;

/// <summary>
/// A worker takes back their interest in an item of an open menu. The row and the counter change together; the
/// counter only drops when a row was really removed, so a repeat changes nothing. A scheduling prompt already
/// sent stays sent.
/// </summary>
public sealed class WithdrawInterest(AppDbContext db, CurrentUser user, TimeProvider time)
{
    public async Task<Outcome<InterestState>> HandleAsync(int itemId, CancellationToken ct)
    {
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var item = await db.MenuItems.AsNoTracking()
            .Where(i => i.Id == itemId)
            .Select(i => new { i.ClassSize, Menu = db.Menus.First(m => m.Id == i.MenuId) })
            .FirstOrDefaultAsync(ct);
        if (item is null || item.Menu.Status == MenuStatus.Draft)
        {
            return MenuProblems.ItemNotFound;
        }
        if (item.Menu.Status != MenuStatus.Published || item.Menu.PeriodEnd < time.LocalToday())
        {
            return MenuProblems.Closed;
        }
        return await db.InTransactionAsync<InterestState>(async token =>
        {
            var removed = await db.ItemInterests.Where(x => x.MenuItemId == itemId && x.UserId == userId).ExecuteDeleteAsync(token);
            if (removed == 1)
            {
                await db.MenuItems.Where(i => i.Id == itemId && i.InterestCount > 0)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.InterestCount, i => i.InterestCount - 1), token);
            }
            var count = await db.MenuItems.Where(i => i.Id == itemId).Select(i => i.InterestCount).FirstAsync(token);
            return new InterestState(itemId, count, item.ClassSize, Interested: false);
        }, ct);
    }
}
