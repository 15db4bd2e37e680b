using WorkerHome.Features.Orders;

namespace WorkerHome.Features.Sessions;

/// <summary>A session with its seats.</summary>
/// <param name="Id">Session id.</param>
/// <param name="MenuItemId">The item delivered.</param>
/// <param name="ItemTitle">Its title.</param>
/// <param name="StartsAt">Start (UTC).</param>
/// <param name="EndsAt">End (UTC).</param>
/// <param name="When">Start in Chinese, e.g. 12月5日 周五 19:00.</param>
/// <param name="SiteId">Site, when held at one.</param>
/// <param name="SiteName">Its name.</param>
/// <param name="Place">Room or meeting point.</param>
/// <param name="Online">Whether it is held online.</param>
/// <param name="Capacity">Seats.</param>
/// <param name="Confirmed">Seats taken.</param>
/// <param name="Waitlisted">Workers on the waiting list.</param>
/// <param name="SeatsLeft">Seats still free.</param>
/// <param name="Status">Scheduled or Cancelled.</param>
/// <param name="SeriesKey">Shared by the sessions of one weekly series.</param>
/// <param name="MyOrder">The caller's live order for it, if any.</param>
/// <param name="Version">Send it back with a change, so that two editors cannot overwrite each other unseen.</param>
/// <param name="Provider">The volunteer who delivers it (主讲/服务), once a dispatch is accepted.</param>
public sealed record SessionView(
    int Id, int MenuItemId, string ItemTitle, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string When,
    int? SiteId, string? SiteName, string? Place, bool Online, int Capacity, int Confirmed, int Waitlisted, int SeatsLeft,
    SessionStatus Status, string? SeriesKey, OrderView? MyOrder, int Version, SessionProvider? Provider = null);

/// <summary>The volunteer who delivers a session, as workers see them.</summary>
/// <param name="VolunteerId">The volunteer.</param>
/// <param name="Name">Their name.</param>
/// <param name="Qualification">律师, 法官, 心理咨询师…</param>
/// <param name="Organization">Where they work.</param>
public sealed record SessionProvider(int VolunteerId, string Name, string Qualification, string Organization)
{
    /// <summary>"陈律师（律师，西固区法律援助中心）".</summary>
    public string Line => Organization.Length == 0 ? $"{Name}（{Qualification}）" : $"{Name}（{Qualification}，{Organization}）";
}
