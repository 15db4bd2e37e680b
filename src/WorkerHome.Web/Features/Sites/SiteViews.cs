using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Sites;

/// <summary>One of the five core functions and whether the site covers it.</summary>
/// <param name="Function">Code name.</param>
/// <param name="Name">Chinese name.</param>
/// <param name="Covered">Whether one of the site's function areas serves it.</param>
public sealed record CoreFunctionMark(CoreFunction Function, string Name, bool Covered)
{
    public static IReadOnlyList<CoreFunctionMark> For(CoreFunction covered) =>
        CoreFunctions.All.Select(f => new CoreFunctionMark(f, f.Chinese(), covered.HasFlag(f))).ToList();
}

/// <summary>A function area of a site.</summary>
/// <param name="Id">Dictionary id.</param>
/// <param name="Name">Chinese name.</param>
public sealed record FunctionAreaTag(int Id, string Name);

/// <summary>A site in a list.</summary>
/// <param name="Id">Site id.</param>
/// <param name="Name">Site name.</param>
/// <param name="Form">Enterprise, Shared or Mobile.</param>
/// <param name="FormName">Form in Chinese (主体/共享/流动).</param>
/// <param name="Rating">Provincial, City or County.</param>
/// <param name="RatingName">Rating in Chinese.</param>
/// <param name="Status">Life-cycle status.</param>
/// <param name="StatusName">Status in Chinese.</param>
/// <param name="UnionId">Owning union.</param>
/// <param name="UnionName">Its name.</param>
/// <param name="RegionCode">Township code.</param>
/// <param name="TownshipName">Township or street name.</param>
/// <param name="CountyName">County name.</param>
/// <param name="Address">Street address.</param>
/// <param name="Latitude">WGS-84 latitude.</param>
/// <param name="Longitude">WGS-84 longitude.</param>
/// <param name="DistanceKm">Distance from the point searched near, when one was given.</param>
/// <param name="OpenNow">Open at this moment (Beijing time).</param>
/// <param name="FunctionAreas">Its function areas.</param>
/// <param name="CoreFunctions">The five marks.</param>
/// <param name="Amenities">Outdoor-worker stations: what a worker who calls in may use.</param>
/// <param name="UpdatedAt">Last change.</param>
public sealed record SiteSummary(
    int Id, string Name, SiteForm Form, string FormName, SiteRating Rating, string RatingName, SiteStatus Status, string StatusName,
    int UnionId, string UnionName, string RegionCode, string TownshipName, string CountyName, string Address,
    double Latitude, double Longitude, double? DistanceKm, bool OpenNow,
    IReadOnlyList<FunctionAreaTag> FunctionAreas, IReadOnlyList<CoreFunctionMark> CoreFunctions, IReadOnlyList<AmenityTag> Amenities,
    DateTimeOffset UpdatedAt);

/// <summary>An outdoor-worker station's amenity.</summary>
/// <param name="Code">DrinkingWater, FoodHeating, Charging, Toilet, Rest, FirstAid or Shelter.</param>
/// <param name="Name">In Chinese (饮水, 热饭…).</param>
public sealed record AmenityTag(StationAmenity Code, string Name)
{
    public static IReadOnlyList<AmenityTag> Of(IEnumerable<StationAmenity> amenities) =>
        amenities.Order().Select(a => new AmenityTag(a, a.Chinese())).ToList();
}

/// <summary>A weekly opening period as shown.</summary>
/// <param name="Day">1 = Monday … 7 = Sunday.</param>
/// <param name="DayName">周一 … 周日.</param>
/// <param name="Opens">HH:mm.</param>
/// <param name="Closes">HH:mm.</param>
public sealed record OpeningPeriodView(int Day, string DayName, string Opens, string Closes);

/// <summary>A dated exception as shown.</summary>
/// <param name="Date">The date.</param>
/// <param name="Closed">Closed all day.</param>
/// <param name="Opens">Special opening time.</param>
/// <param name="Closes">Special closing time.</param>
/// <param name="Note">Why.</param>
public sealed record SpecialDayView(DateOnly Date, bool Closed, string? Opens, string? Closes, string? Note);

/// <summary>Everything about one site.</summary>
/// <param name="Summary">What the list shows.</param>
/// <param name="HostOrganization">依托单位.</param>
/// <param name="ContactName">Contact person.</param>
/// <param name="ContactPhone">Service phone.</param>
/// <param name="Description">Introduction.</param>
/// <param name="HoursText">Weekly hours in one line (周一至周五 09:00-18:00).</param>
/// <param name="OpeningHours">Weekly periods.</param>
/// <param name="SpecialDays">Exceptions from today on.</param>
/// <param name="TodayText">Today's hours in words (今天 09:00-18:00, 今天闭馆).</param>
/// <param name="ValidFrom">Mobile sites: first day.</param>
/// <param name="ValidTo">Mobile sites: last day.</param>
/// <param name="HostProject">Mobile sites: the project served.</param>
/// <param name="MapUrl">A link that opens the site in Amap (coordinates converted to GCJ-02).</param>
/// <param name="Version">Send back when updating.</param>
/// <param name="CanEdit">Whether the current user may edit it.</param>
public sealed record SiteDetail(
    SiteSummary Summary, string HostOrganization, string? ContactName, string? ContactPhone, string? Description,
    string HoursText, IReadOnlyList<OpeningPeriodView> OpeningHours, IReadOnlyList<SpecialDayView> SpecialDays, string TodayText,
    DateOnly? ValidFrom, DateOnly? ValidTo, string? HostProject, string MapUrl, int Version, bool CanEdit);
