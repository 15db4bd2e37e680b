using System.Globalization;

namespace WorkerHome.Infrastructure.Maps;

/// <summary>A WGS-84 position (what GPS and browsers report, and what we store).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusKm = 6371.0088;

    public bool IsValid => Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180
        && double.IsFinite(Latitude) && double.IsFinite(Longitude);

    /// <summary>Great-circle distance in kilometres.</summary>
    public double DistanceKmTo(GeoPoint other)
    {
        var dLat = Radians(other.Latitude - Latitude);
        var dLng = Radians(other.Longitude - Longitude);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(Radians(Latitude)) * Math.Cos(Radians(other.Latitude)) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// A latitude/longitude box holding every point within <paramref name="km"/> of any of <paramref name="points"/>
    /// (with a margin), for a database to narrow candidates before distances are measured. Not for boxes crossing the
    /// 180th meridian or reaching a pole.
    /// </summary>
    public static (double South, double North, double West, double East) BoxAround(IReadOnlyCollection<GeoPoint> points, double km)
    {
        ArgumentNullException.ThrowIfNull(points);
        var latitude = km / EarthRadiusKm * 180 / Math.PI * 1.01;
        var (south, north) = (points.Min(p => p.Latitude) - latitude, points.Max(p => p.Latitude) + latitude);
        // A degree of longitude is shortest at the box's latitude farthest from the equator.
        var widest = Math.Min(89, Math.Max(Math.Abs(south), Math.Abs(north)));
        var longitude = latitude / Math.Cos(Radians(widest)) * 1.1;
        return (south, north, points.Min(p => p.Longitude) - longitude, points.Max(p => p.Longitude) + longitude);
    }

    /// <summary>Parses "29.55,103.76".</summary>
    public static bool TryParse(string? text, out GeoPoint point)
    {
        point = default;
        var parts = text?.Split(',', StringSplitOptions.TrimEntries);
        if (parts is not { Length: 2 }
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lng))
        {
            return false;
        }
        point = new GeoPoint(lat, lng);
        return point.IsValid;
    }

    /// <summary>"1.2 公里", "850 米" under one kilometre, "100 米内" when it is that close.</summary>
    public static string FormatDistance(double km) => km < 0.1
        ? "100 米内"
        : km < 1
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(km * 1000 / 10) * 10:0} 米")
        : string.Create(CultureInfo.InvariantCulture, $"{km:0.0} 公里");

    internal static double Radians(double degrees) => degrees * Math.PI / 180;
}
