namespace WorkerHome.Features.BattleMap;

/// <summary>
/// The battle map's tiles (<c>Maps:*</c>). No tile address by default: the map then draws markers on a plain
/// background, so it works offline and on networks that block tile servers.
/// </summary>
public sealed class MapOptions
{
    public const string Section = "Maps";

    /// <summary>A Leaflet tile template such as <c>https://tile.example.cn/{z}/{x}/{y}.png</c>; empty for none.</summary>
    public string TileUrl { get; set; } = "";

    /// <summary>The attribution the tile provider requires.</summary>
    public string TileAttribution { get; set; } = "";

    /// <summary>The coordinate system the tiles are drawn in: Chinese providers use GCJ-02, so points are shifted for display.</summary>
    public TileCoordinates TileCoordinates { get; set; } = TileCoordinates.Wgs84;
}

public enum TileCoordinates
{
    Wgs84 = 1,
    Gcj02 = 2,
}
