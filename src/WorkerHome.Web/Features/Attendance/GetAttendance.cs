using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Excel;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Attendance;

/// <summary>How a person on the attendance sheet stands.</summary>
public enum AttendanceState
{
    [System.ComponentModel.DataAnnotations.Display(Name = "未签到")]
    Expected = 1,

    [System.ComponentModel.DataAnnotations.Display(Name = "已签到")]
    Present = 2,

    [System.ComponentModel.DataAnnotations.Display(Name = "缺席")]
    NoShow = 3,

    [System.ComponentModel.DataAnnotations.Display(Name = "现场参加")]
    WalkIn = 4,
}

/// <summary>One person on the attendance sheet: a confirmed order, or a walk-in.</summary>
/// <param name="UserId">The worker.</param>
/// <param name="DisplayName">Name.</param>
/// <param name="Phone">Masked phone.</param>
/// <param name="OrderId">The confirmed order; null for a walk-in.</param>
/// <param name="OrderStatus">The order's status in Chinese (已确认, 候补中), or 未点单.</param>
/// <param name="State">Expected, Present, NoShow or WalkIn.</param>
/// <param name="StateName">已签到, 未签到, 缺席 or 现场参加.</param>
/// <param name="Method">How the worker checked in.</param>
/// <param name="MethodName">The method in Chinese.</param>
/// <param name="CheckedInAt">When (UTC).</param>
/// <param name="CanUndo">A by-hand check-in that may still be taken back.</param>
public sealed record AttendanceRow(Guid UserId, string DisplayName, string Phone, int? OrderId, string OrderStatus, AttendanceState State,
    string StateName, CheckInMethod? Method, string? MethodName, DateTimeOffset? CheckedInAt, bool CanUndo);

/// <summary>The counts of a session's attendance.</summary>
/// <param name="Confirmed">Confirmed orders.</param>
/// <param name="Present">Of those, checked in.</param>
/// <param name="NoShows">Of those, not checked in after the window closed.</param>
/// <param name="WalkIns">Came without a confirmed order.</param>
/// <param name="AttendanceRate">Present of confirmed (0–1); null without confirmed orders.</param>
public sealed record AttendanceCounts(int Confirmed, int Present, int NoShows, int WalkIns, double? AttendanceRate);

/// <summary>A session's attendance.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Title">Its item.</param>
/// <param name="When">Start in Chinese.</param>
/// <param name="Where">Site and place, or 线上.</param>
/// <param name="OpensAt">Check-in opens (UTC).</param>
/// <param name="ClosesAt">Check-in closes (UTC).</param>
/// <param name="WindowState">未开始, 签到中 or 已结束.</param>
/// <param name="IsOpen">Check-in (and by-hand check-in) is possible now.</param>
/// <param name="Counts">The counts.</param>
/// <param name="Rows">Confirmed orders first (by name), then walk-ins.</param>
public sealed record AttendanceSheet(int SessionId, string Title, string When, string Where, DateTimeOffset OpensAt, DateTimeOffset ClosesAt,
    string WindowState, bool IsOpen, AttendanceCounts Counts, IReadOnlyList<AttendanceRow> Rows);

/// <summary>
/// Who came: one row per confirmed order and per walk-in. No-shows are computed, not stored: a confirmed order
/// without a check-in once the window has closed. Waiting-list orders are not expected; if such a worker comes, the
/// check-in is a walk-in.
/// </summary>
public sealed class GetAttendance(AppDbContext db, AttendanceAccess access, TimeProvider time)
{
    public async Task<Outcome<AttendanceSheet>> HandleAsync(int sessionId, CancellationToken ct)
    {
        var found = await access.ForDeliveryAsync(sessionId, ct);
        if (!found.Succeeded)
        {
            return found.Problem;
        }
        var session = found.Value;
        var orders = await db.Orders.AsNoTracking().Where(o => o.SessionId == sessionId && o.Status == OrderStatus.Confirmed)
            .Select(o => new { o.Id, o.UserId, User = db.Users.Where(u => u.Id == o.UserId).Select(u => new { u.DisplayName, u.PhoneMasked }).First() })
            .ToListAsync(ct);
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.SessionId == sessionId)
            .Select(c => new
            {
                CheckIn = c,
                User = db.Users.Where(u => u.Id == c.UserId).Select(u => new { u.DisplayName, u.PhoneMasked }).First(),
                Order = db.Orders.Where(o => o.SessionId == sessionId && o.UserId == c.UserId && o.Status != OrderStatus.Cancelled)
                    .Select(o => (OrderStatus?)o.Status).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var now = time.GetUtcNow();
        var closed = session.Window.HasClosed(now);
        var byUser = checkIns.ToDictionary(c => c.CheckIn.UserId);
        var rows = new List<AttendanceRow>();
        foreach (var o in orders.OrderBy(o => o.User.DisplayName, StringComparer.Ordinal))
        {
            var c = byUser.GetValueOrDefault(o.UserId)?.CheckIn;
            var state = c is not null ? AttendanceState.Present : closed ? AttendanceState.NoShow : AttendanceState.Expected;
            rows.Add(Row(o.UserId, o.User.DisplayName, o.User.PhoneMasked, o.Id, OrderStatus.Confirmed.Chinese(), state, c, closed));
        }
        var confirmedUsers = orders.Select(o => o.UserId).ToHashSet();
        foreach (var c in checkIns.Where(c => !confirmedUsers.Contains(c.CheckIn.UserId)).OrderBy(c => c.CheckIn.CheckedInAt))
        {
            rows.Add(Row(c.CheckIn.UserId, c.User.DisplayName, c.User.PhoneMasked, null, c.Order?.Chinese() ?? "未点单", AttendanceState.WalkIn, c.CheckIn, closed));
        }
        var present = rows.Count(r => r.State == AttendanceState.Present);
        var counts = new AttendanceCounts(orders.Count, present, rows.Count(r => r.State == AttendanceState.NoShow),
            rows.Count(r => r.State == AttendanceState.WalkIn), orders.Count == 0 ? null : Math.Round((double)present / orders.Count, 4));
        var windowState = now < session.Window.OpensAt ? "未开始" : closed ? "已结束" : "签到中";
        return new AttendanceSheet(session.Id, session.Title, session.When, session.Where, session.Window.OpensAt, session.Window.ClosesAt,
            windowState, session.Window.IsOpen(now) && session.Status == SessionStatus.Scheduled, counts, rows);
    }

    public async Task<Outcome<(byte[] Bytes, string FileName)>> ExportAsync(int sessionId, CancellationToken ct)
    {
        var sheet = await HandleAsync(sessionId, ct);
        if (!sheet.Succeeded)
        {
            return sheet.Problem;
        }
        var s = sheet.Value;
        var rows = s.Rows.Select((r, i) => (IReadOnlyList<object?>)
        [
            i + 1, r.DisplayName, r.Phone, r.OrderStatus, r.StateName, r.MethodName, r.CheckedInAt is { } at ? ChinaTime.FormatStamp(at) : "",
        ]);
        var c = s.Counts;
        var summary = new List<IReadOnlyList<object?>>
        {
            new object?[] { "已确认", c.Confirmed },
            new object?[] { "已签到", c.Present },
            new object?[] { "缺席", c.NoShows },
            new object?[] { "现场参加", c.WalkIns },
            new object?[] { "到课率", c.AttendanceRate is { } rate ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rate * 100:0}%") : "" },
        };
        var bytes = ExcelFiles.Write(
            new ExcelSheet("签到", ["序号", "姓名", "手机（已隐藏中间四位）", "点单状态", "签到状态", "签到方式", "签到时间"], rows),
            new ExcelSheet("统计", ["项目", "人数"], summary));
        var local = ChinaTime.ToLocal(await db.Sessions.Where(x => x.Id == sessionId).Select(x => x.StartsAt).FirstAsync(ct));
        return (bytes, $"{s.Title}_{local:yyyyMMdd_HHmm}_签到.xlsx");
    }

    private static AttendanceRow Row(Guid userId, string name, string? phone, int? orderId, string orderStatus, AttendanceState state, CheckIn? c, bool closed) =>
        new(userId, name, phone ?? "", orderId, orderStatus, state, state.Chinese(), c?.Method, c?.Method.Chinese(), c?.CheckedInAt,
            c is { Method: CheckInMethod.ByHand } && !closed);
}
