namespace WorkerHome.Features.Planning;

/// <summary>
/// What coverage planning needs to know of a township or street (乡镇/街道) that the region list does not say:
/// a reference point (the seat of its government, WGS-84) and how many workers it has (职工人数, from the
/// union's own statistics). Staff maintain it; without a point the township falls back to its region's location.
/// </summary>
public sealed class TownshipProfile
{
    /// <summary>The nine-digit region code.</summary>
    public string RegionCode { get; set; } = "";

    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public int Workers { get; set; }

    /// <summary>Where the figures come from (e.g. 2025 年工会统计年报).</summary>
    public string? Source { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
