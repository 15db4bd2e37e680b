using System.Globalization;

namespace WorkerHome.Infrastructure.Money;

/// <summary>
/// Money is stored and sent as whole fen (<c>long</c>); people read and type 元. One formatter and one parser for
/// every room, exact (decimal, never floating point): "1234.5" is 123450 fen, "0.001" is refused.
/// </summary>
public static class Yuan
{
    private static readonly NumberFormatInfo Invariant = CultureInfo.InvariantCulture.NumberFormat;

    /// <summary>"¥1,234.50" (and "-¥5.00" for a negative difference).</summary>
    public static string Format(long fen) =>
        (fen < 0 ? "-¥" : "¥") + (Math.Abs((decimal)fen) / 100m).ToString("#,0.00", Invariant);

    /// <summary>"1234.50": for an input box and for spreadsheets, without the sign and separators.</summary>
    public static string Plain(long fen) => (fen / 100m).ToString("0.00", Invariant);

    /// <summary>The amount in 元 as a decimal with two places (for spreadsheet cells).</summary>
    public static decimal ToYuan(long fen) => decimal.Round(fen / 100m, 2) + 0.00m;

    /// <summary>
    /// Reads an amount in 元 as typed: digits with at most two decimals, optionally "¥" and thousands separators;
    /// never negative. False for anything else, including amounts too large for fen in a <c>long</c>.
    /// </summary>
    public static bool TryParse(string? text, out long fen)
    {
        fen = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var cleaned = text.Trim().TrimStart('¥', '￥').Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal).Trim();
        if (cleaned.Length == 0 || cleaned.Any(c => c is not (>= '0' and <= '9') and not '.'))
        {
            return false;
        }
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, Invariant, out var yuan))
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
