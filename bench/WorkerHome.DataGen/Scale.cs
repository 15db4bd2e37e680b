namespace WorkerHome.DataGen;

/// <summary>How much to generate. Sites are counted over the whole city (the demo's Leshan sites included).</summary>
public sealed record Scale(string Name, int Sites, int Workers, int Orders, int Needs)
{
    /// <summary>Issue 8: one city.</summary>
    public static readonly Scale Leshan = new("leshan", 400, 150_000, 1_000_000, 100_000);

    /// <summary>Issue 9: a province's worth, still spread over Leshan's counties and townships (the regions the app ships).</summary>
    public static readonly Scale Province = new("province", 2_000, 1_000_000, 10_000_000, 500_000);

    /// <summary>A smoke run: proves the generator still fits the schema, in seconds.</summary>
    public static readonly Scale Tiny = new("tiny", 60, 300, 2_000, 200);

    /// <summary>Rights cases and aid applications: a share of the workers (one in 150 and one in 300).</summary>
    public int RightsCases => Math.Max(10, Workers / 150);

    public int AidApplications => Math.Max(5, Workers / 300);

    public static Scale Parse(string name) => name.ToLowerInvariant() switch
    {
        "leshan" => Leshan,
        "province" => Province,
        "tiny" => Tiny,
        _ => throw new ArgumentException($"Unknown scale '{name}': leshan, province or tiny."),
    };
}
