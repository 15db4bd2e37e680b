using System.Globalization;

namespace WorkerHome.Features.Planning;

/// <summary>Money is whole fen in code and 元 with two decimals for people; parsing never goes through floating point.</summary>
public static class Yuan
{
    private static readonly CultureInfo China = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>"¥12,345.00".</summary>
    public static string Format(long fen) => (fen < 0 ? "-¥" : "¥") + (Math.Abs((decimal)fen) / 100m).ToString("#,##0.00", China);

    /// <summary>Parses "12345.6" (元) into fen; false when it is not a number or not a whole number of fen.</summary>
    public static bool TryParse(string? text, out long fen)
    {
        fen = 0;
        var cleaned = (text ?? "").Trim().TrimStart('¥', '￥').Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan))
        {
            return false;
        }
        var scaled = yuan * 100m;
        if (scaled != decimal.Truncate(scaled) || scaled > long.MaxValue)
        {
            return false;
        }
        fen = (long)scaled;
        return true;
    }
}
