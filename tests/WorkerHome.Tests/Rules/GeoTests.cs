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
}
