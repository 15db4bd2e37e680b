namespace WorkerHome.Features.Regions;

/// <summary>Containment by code: 511100 (乐山市) contains 511181 (峨眉山市) contains 511181100 (绥山镇).</summary>
public static class RegionCodes
{
    /// <summary>The significant prefix of a code: 510000 → 51, 511100 → 5111, 511181 → 511181.</summary>
    public static string Prefix(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != 6)
        {
            return code;
        }
        return code.EndsWith("0000", StringComparison.Ordinal) ? code[..2]
            : code.EndsWith("00", StringComparison.Ordinal) ? code[..4]
            : code;
    }

    public static bool Contains(string ancestor, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.StartsWith(Prefix(ancestor), StringComparison.Ordinal);
    }
}
