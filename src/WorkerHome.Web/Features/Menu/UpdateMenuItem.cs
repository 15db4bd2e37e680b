using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Menu;

/// <summary>
/// Staff edit an item of a draft or published menu. The needs it answers stay as linked when it was added; the
/// body replaces every field (title and category are required here).
/// </summary>
public sealed class UpdateMenuItem(AppDbContext db, MenuAccess access, GetManagedMenu get)
{
    public async Task<Outcome<ManagedMenuItem>> HandleAsync(int menuId, int itemId, MenuItemInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await access.ItemAsync(menuId, itemId, ct);
        if (!found.Succeeded)
        {
            return found.Problem;
        }
        var (menu, item) = found.Value;
        if (menu.Status == MenuStatus.Closed)
        {
            return MenuProblems.Closed;
        }
        if (input.Check(fromGroup: false) is { } invalid)
        {
            return invalid;
        }
        input.ApplyTo(item);
        await db.SaveChangesAsync(ct);
        return await get.ItemAsync(itemId, ct);
    }
}
