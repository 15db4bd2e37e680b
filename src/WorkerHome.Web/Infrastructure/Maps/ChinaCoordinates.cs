namespace WorkerHome.Infrastructure.Maps;

/// <summary>
/// Conversion between WGS-84 (stored) and GCJ-02, the offset system that Chinese map providers
/// (Amap, Tencent, WeChat's location API) use. We convert only at the edges: input marked
/// <c>coord=gcj02</c> and links into Chinese map apps. Outside mainland China the two are the same.
/// </summary>
public static class ChinaCoordinates
{
    // Krasovsky 1940 ellipsoid, as the GCJ-02 transform defines it.
    private const double SemiMajorAxis = 6378245.0;
    private const double EccentricitySquared = 0.00669342162296594323;

    public static GeoPoint Wgs84ToGcj02(GeoPoint wgs)
    {
        if (!InMainland(wgs))
        {
            return wgs;
        }
        var (dLat, dLng) = Offset(wgs);
        return new GeoPoint(wgs.Latitude + dLat, wgs.Longitude + dLng);
    }

    /// <summary>The inverse, by fixed-point iteration (converges to well under a metre in a few steps).</summary>
    public static GeoPoint Gcj02ToWgs84(GeoPoint gcj)
    {
        if (!InMainland(gcj))
        {
            return gcj;
        }
        var wgs = gcj;
        for (var i = 0; i < 10; i++)
        {
            var forward = Wgs84ToGcj02(wgs);
            var errLat = forward.Latitude - gcj.Latitude;
            var errLng = forward.Longitude - gcj.Longitude;
            wgs = new GeoPoint(wgs.Latitude - errLat, wgs.Longitude - errLng);
            if (Math.Abs(errLat) < 1e-9 && Math.Abs(errLng) < 1e-9)
            {
                break;
            }
        }
        return wgs;
    }

    private static bool InMainland(GeoPoint p) => p.Longitude is > 72.004 and < 137.8347 && p.Latitude is > 0.8293 and < 55.8271;

    private static (double DLat, double DLng) Offset(GeoPoint p)
    {
        var x = p.Longitude - 105.0;
        var y = p.Latitude - 35.0;
        var dLat = TransformLatitude(x, y);
        var dLng = TransformLongitude(x, y);
        var radLat = GeoPoint.Radians(p.Latitude);
        var magic = 1 - EccentricitySquared * Math.Sin(radLat) * Math.Sin(radLat);
        var sqrtMagic = Math.Sqrt(magic);
        dLat = dLat * 180.0 / (SemiMajorAxis * (1 - EccentricitySquared) / (magic * sqrtMagic) * Math.PI);
        dLng = dLng * 180.0 / (SemiMajorAxis / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return (dLat, dLng);
    }

    private static double TransformLatitude(double x, double y)
    {
        var r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.Sqrt(Math.Abs(x));
        r += (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.Sin(y * Math.PI) + 40.0 * Math.Sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (160.0 * Math.Sin(y / 12.0 * Math.PI) + 320 * Math.Sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return r;
    }

    private static double TransformLongitude(double x, double y)
    {
        var r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.Sqrt(Math.Abs(x));
        r += (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.Sin(x * Math.PI) + 40.0 * Math.Sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (150.0 * Math.Sin(x / 12.0 * Math.PI) + 300.0 * Math.Sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return r;
    }
}
