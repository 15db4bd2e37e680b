using System.Linq.Expressions;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Bookings;

/// <summary>A bookable room with its rules.</summary>
/// <param name="Id">Room id.</param>
/// <param name="SiteId">The site the room is at.</param>
/// <param name="Name">Room name.</param>
/// <param name="Kind">Kind of room.</param>
/// <param name="KindName">Kind in Chinese.</param>
/// <param name="Capacity">Most people at once.</param>
/// <param name="SlotMinutes">Length of one slot.</param>
/// <param name="MinLeadHours">Book at least this many hours ahead.</param>
/// <param name="MaxAdvanceDays">Book at most this many days ahead.</param>
/// <param name="WeeklyLimit">Bookings per worker per week.</param>
/// <param name="RequiresApproval">Whether staff approve each booking.</param>
/// <param name="CheckInGraceMinutes">Minutes after the start a booking waits for check-in before it is released.</param>
/// <param name="IsActive">Whether the room takes bookings.</param>
/// <param name="Description">What the room offers.</param>
/// <param name="FunctionAreaId">The site's function area the room belongs to.</param>
public sealed record RoomView(int Id, int SiteId, string Name, RoomKind Kind, string KindName, int Capacity, int SlotMinutes,
    int MinLeadHours, int MaxAdvanceDays, int WeeklyLimit, bool RequiresApproval, int CheckInGraceMinutes, bool IsActive,
    string? Description, int? FunctionAreaId)
{
    internal static readonly Expression<Func<BookableRoom, RoomView>> Projection = r => new RoomView(r.Id, r.SiteId, r.Name, r.Kind, "",
        r.Capacity, r.SlotMinutes, r.MinLeadHours, r.MaxAdvanceDays, r.WeeklyLimit, r.RequiresApproval, r.CheckInGraceMinutes,
        r.IsActive, r.Description, r.FunctionAreaId);

    internal RoomView Named() => this with { KindName = Kind.Chinese() };

    /// <summary>The rules in words, for workers.</summary>
    public string RulesText =>
        $"每段 {SlotMinutes} 分钟 · 最多 {Capacity} 人 · 至少提前 {MinLeadHours} 小时、最多提前 {MaxAdvanceDays} 天 · 每周最多 {WeeklyLimit} 次"
        + (RequiresApproval ? " · 需审核" : " · 免审核");
}

/// <summary>A booking as its booker and staff see it.</summary>
/// <param name="Id">Booking id.</param>
/// <param name="RoomId">Room id.</param>
/// <param name="RoomName">Room name.</param>
/// <param name="SiteId">Site id.</param>
/// <param name="SiteName">Site name.</param>
/// <param name="Date">Beijing date.</param>
/// <param name="StartsAt">Start (UTC).</param>
/// <param name="EndsAt">End (UTC).</param>
/// <param name="Purpose">What the room is for.</param>
/// <param name="People">Number of people.</param>
/// <param name="ContactName">Contact person.</param>
/// <param name="Status">Status.</param>
/// <param name="RejectReason">Why staff rejected it.</param>
/// <param name="SeriesId">The recurring series it belongs to.</param>
/// <param name="CheckedInAt">When the booker checked in.</param>
public sealed record BookingView(int Id, int RoomId, string RoomName, int SiteId, string SiteName, DateOnly Date,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Purpose, int People, string ContactName, BookingStatus Status,
    string? RejectReason, int? SeriesId, DateTimeOffset? CheckedInAt)
{
    public string StatusName => Status.Chinese();
}
