using System.Text.RegularExpressions;

namespace WorkerHome.Infrastructure.Privacy;

/// <summary>Mainland mobile numbers: eleven digits starting 13–19; spaces, dashes and a +86 prefix are tolerated.</summary>
public static partial class PhoneNumbers
{
    public static bool TryNormalize(string? input, out string normalized)
    {
        normalized = "";
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }
        var digits = Separators().Replace(input.Trim(), "");
        if (digits.StartsWith("+86", StringComparison.Ordinal))
        {
            digits = digits[3..];
        }
        if (!Mobile().IsMatch(digits))
        {
            return false;
        }
        normalized = digits;
        return true;
    }

    [GeneratedRegex(@"[\s\-]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();
}
