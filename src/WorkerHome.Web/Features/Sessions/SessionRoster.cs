using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Orders;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Excel;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Sessions;

/// <summary>One person on a session's roster. The phone is masked.</summary>
/// <param name="OrderId">Order id.</param>
/// <param name="UserId">The worker.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Phone">Masked phone.</param>
/// <param name="Status">Confirmed or Waitlisted.</param>
/// <param name="StatusName">Status in Chinese.</param>
/// <param name="WaitlistPosition">Place on the waiting list.</param>
/// <param name="OrderedAt">When ordered (UTC).</param>
/// <param name="PlacedByStaff">Ordered by staff on the worker's behalf.</param>
public sealed record RosterEntry(int OrderId, Guid UserId, string DisplayName, string Phone, OrderStatus Status, string StatusName,
    int? WaitlistPosition, DateTimeOffset OrderedAt, bool PlacedByStaff);

/// <summary>Who is coming and who waits, for the staff of the session's subtree; also as an Excel sheet.</summary>
public sealed class SessionRoster(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<IReadOnlyList<RosterEntry>>> HandleAsync(int sessionId, CancellationToken ct)
    {
        var unionId = await db.Sessions.Where(s => s.Id == sessionId).Select(s => (int?)s.UnionId).FirstOrDefaultAsync(ct);
        if (unionId is null)
        {
            return SessionsProblems.NotFound;
        }
        if (!await scope.CoversUnionAsync(unionId.Value, ct))
        {
            return SessionsProblems.OutOfScope;
        }
        var rows = await db.Orders.AsNoTracking().Where(o => o.SessionId == sessionId && o.Status != OrderStatus.Cancelled)
            .OrderBy(o => o.Status).ThenBy(o => o.WaitlistTicket).ThenBy(o => o.CreatedAt)
            .Select(o => new
            {
                o.Id,
                o.UserId,
                o.Status,
                o.CreatedAt,
                o.PlacedBy,
                User = db.Users.Where(u => u.Id == o.UserId).Select(u => new { u.DisplayName, u.PhoneMasked }).First(),
            })
            .ToListAsync(ct);
        var position = 0;
        return rows.Select(r => new RosterEntry(r.Id, r.UserId, r.User.DisplayName, r.User.PhoneMasked ?? "", r.Status, r.Status.Chinese(),
            r.Status == OrderStatus.Waitlisted ? ++position : null, r.CreatedAt, r.PlacedBy is not null && r.PlacedBy != r.UserId)).ToList();
    }

    public async Task<Outcome<byte[]>> ExportAsync(int sessionId, CancellationToken ct)
    {
        var roster = await HandleAsync(sessionId, ct);
        if (!roster.Succeeded)
        {
            return roster.Problem;
        }
        var rows = roster.Value.Select((r, i) => (IReadOnlyList<object?>)
        [
            i + 1, r.DisplayName, r.Phone, r.StatusName, r.WaitlistPosition, ChinaTime.FormatStamp(r.OrderedAt), r.PlacedByStaff ? "是" : "", "",
        ]);
        return ExcelFiles.Write(new ExcelSheet("名单", ["序号", "姓名", "手机（已隐藏中间四位）", "状态", "候补位次", "点单时间", "代点单", "签到"], rows));
    }

    /// <summary>The file name for the export: item title and date.</summary>
    public async Task<string> FileNameAsync(int sessionId, CancellationToken ct)
    {
        var info = await db.Sessions.Where(s => s.Id == sessionId)
            .Select(s => new { s.StartsAt, Title = db.MenuItems.Where(i => i.Id == s.MenuItemId).Select(i => i.Title).First() })
            .FirstAsync(ct);
        var local = ChinaTime.ToLocal(info.StartsAt);
        return $"{info.Title}_{local:yyyyMMdd_HHmm}_名单.xlsx";
    }
}
