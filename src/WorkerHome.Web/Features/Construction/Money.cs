using System.Globalization;

namespace WorkerHome.Features.Construction;

/// <summary>Money is whole fen; people read and type 元 with two decimals.</summary>
public static class Money
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>12345600 → "¥123,456.00".</summary>
    public static string Yuan(long fen) => (fen < 0 ? "-¥" : "¥") + (Math.Abs((decimal)fen) / 100m).ToString("#,##0.00", Invariant);

    /// <summary>
    /// Parses 元 exactly (decimal, never floating point): "1,234.5" → 123450 fen. Refuses fractions of a fen,
    /// negative amounts and text.
    /// </summary>
    public static bool TryParseYuan(string? text, out long fen)
    {
        fen = 0;
        var cleaned = text?.Trim().Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal).TrimStart('¥', '￥');
        if (string.IsNullOrEmpty(cleaned)
            || !decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, Invariant, out var yuan)
            || yuan > long.MaxValue / 100m)
        {
            return false;
        }
        var scaled = yuan * 100m;
        if (scaled != decimal.Truncate(scaled))
        {
            return false;
        }
        fen = (long)scaled;
        return true;
    }

    /// <summary>123450 → "1234.50", for an input box.</summary>
    public static string Plain(long fen) => (fen / 100m).ToString("0.00", Invariant);
}
