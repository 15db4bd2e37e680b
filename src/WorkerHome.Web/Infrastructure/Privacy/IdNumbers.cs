namespace WorkerHome.Infrastructure.Privacy;

/// <summary>
/// Resident identity card numbers (GB 11643-1999): 17 digits and a check character (0–9 or X) computed with the
/// ISO 7064 MOD 11-2 weights; positions 7–14 are the birth date. Spaces are tolerated and a lower-case x is read as X.
/// </summary>
public static class IdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>True when <paramref name="input"/> is a well-formed number with a right check character and a real birth date.</summary>
    public static bool TryNormalize(string? input, out string normalized)
    {
        normalized = "";
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }
        var value = input.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        if (value.Length != 18 || !value[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(value[17]) || value[17] == 'X'))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (value[i] - '0') * Weights[i];
        }
        if (CheckCharacters[sum % 11] != value[17] || BirthDate(value) is null)
        {
            return false;
        }
        normalized = value;
        return true;
    }

    /// <summary>The birth date a normalized number carries, or null when it is not a date.</summary>
    public static DateOnly? BirthDate(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (normalized.Length != 18
            || !int.TryParse(normalized.AsSpan(6, 4), out var year)
            || !int.TryParse(normalized.AsSpan(10, 2), out var month)
            || !int.TryParse(normalized.AsSpan(12, 2), out var day)
            || year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return new DateOnly(year, month, day);
    }

    /// <summary>The check character for 17 digits: for building valid test and demo numbers.</summary>
    public static char CheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }
}
