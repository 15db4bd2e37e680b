namespace WorkerHome.Features.Regions;

/// <summary>
/// An administrative division with its real code: GB/T 2260 six-digit codes for province, city and county,
/// and the National Bureau of Statistics nine-digit codes for townships and streets (乡镇/街道).
/// </summary>
public sealed class Region
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public RegionLevel Level { get; set; }
    public string? ParentCode { get; set; }

    /// <summary>
    /// A reference point (WGS-84) used when a worker picks the region instead of sharing a location.
    /// Known for counties; for a township it falls back to its sites' centre, then its county.
    /// </summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>The county a township belongs to: the first six digits of its code.</summary>
    public static string CountyCodeOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length >= 6 ? code[..6] : code;
    }
}

public enum RegionLevel
{
    Province = 1,
    City = 2,
    County = 3,
    Township = 4,
}
