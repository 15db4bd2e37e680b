namespace WorkerHome.Features.Library;

/// <summary>ISBN-13 and ISBN-10 with their check digits; hyphens and spaces are tolerated and dropped.</summary>
public static class Isbn
{
    public static bool TryNormalize(string? input, out string isbn)
    {
        isbn = "";
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }
        var text = new string(input.Where(c => c is not ('-' or ' ')).ToArray()).ToUpperInvariant();
        var valid = text.Length switch
        {
            13 => text.All(char.IsAsciiDigit) && Check13(text),
            10 => text[..9].All(char.IsAsciiDigit) && (char.IsAsciiDigit(text[9]) || text[9] == 'X') && Check10(text),
            _ => false,
        };
        if (valid)
        {
            isbn = text;
        }
        return valid;
    }

    private static bool Check13(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 13; i++)
        {
            sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return sum % 10 == 0;
    }

    private static bool Check10(string text)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var value = text[i] == 'X' ? 10 : text[i] - '0';
            sum += value * (10 - i);
        }
        return sum % 11 == 0;
    }
}
