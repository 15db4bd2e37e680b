using WorkerHome.Infrastructure.Maps;

namespace WorkerHome.Tests.Rules;

public sealed class GeoTests
{
    [Fact]
    public void Distance_between_leshan_and_emeishan_is_about_thirty_km()
    {
        var leshan = new GeoPoint(29.552, 103.766);
        var emeishan = new GeoPoint(29.601, 103.485);
        Assert.InRange(leshan.DistanceKmTo(emeishan), 27.5, 28.5);
        Assert.Equal(0, leshan.DistanceKmTo(leshan), 6);
    }

    [Fact]
    public void Gcj02_is_a_few_hundred_metres_off_in_china_and_converts_back()
    {
        var wgs = new GeoPoint(29.5952, 103.4891);
        var gcj = ChinaCoordinates.Wgs84ToGcj02(wgs);
        Assert.InRange(wgs.DistanceKmTo(gcj), 0.1, 0.8);
        var back = ChinaCoordinates.Gcj02ToWgs84(gcj);
        Assert.True(wgs.DistanceKmTo(back) < 0.001, "round trip within a metre");
    }

    [Fact]
    public void Outside_china_there_is_no_offset()
    {
        var tokyo = new GeoPoint(35.68, 139.76);
        Assert.Equal(tokyo, ChinaCoordinates.Wgs84ToGcj02(tokyo));
    }

    [Theory]
    [InlineData("29.6,103.48", true)]
    [InlineData(" 29.6 , 103.48 ", true)]
    [InlineData("91,0", false)]
    [InlineData("abc", false)]
    [InlineData("1,2,3", false)]
    public void Positions_parse_from_lat_comma_lng(string text, bool ok) => Assert.Equal(ok, GeoPoint.TryParse(text, out _));

    [Fact]
    public void Distances_read_in_chinese_units()
    {
        Assert.Equal("1.2 公里", GeoPoint.FormatDistance(1.24));
        Assert.Equal("850 米", GeoPoint.FormatDistance(0.853));
    }

    [Theory]
    [InlineData(3.0)]
    [InlineData(50.0)]
    public void The_box_around_points_holds_everything_within_the_distance_and_little_beyond(double km)
    {
        GeoPoint[] townships = [new(29.55, 103.76), new(29.20, 103.30), new(45.75, 126.65)];
        var (south, north, west, east) = GeoPoint.BoxAround(townships, km);
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            // A point just inside the distance of one of them, in any direction.
            var from = townships[i % townships.Length];
            var bearing = random.NextDouble() * 2 * Math.PI;
            var near = new GeoPoint(from.Latitude + km * 0.999 / 111.195 * Math.Cos(bearing),
                from.Longitude + km * 0.999 / (111.195 * Math.Cos(from.Latitude * Math.PI / 180)) * Math.Sin(bearing));
            if (from.DistanceKmTo(near) <= km)
            {
                Assert.InRange(near.Latitude, south, north);
                Assert.InRange(near.Longitude, west, east);
            }
        }
        // Not the whole map: a point twice the distance north of the northernmost township is outside.
        Assert.True(new GeoPoint(45.75 + 2 * km / 111.195, 126.65).Latitude > north);
    }
}
