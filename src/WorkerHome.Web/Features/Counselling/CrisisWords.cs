using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace WorkerHome.Features.Counselling;

/// <summary>Finds crisis words in a worker's note, whatever its width, case or spacing.</summary>
public sealed class CrisisWords(IOptions<CounsellingOptions> options)
{
    public bool Matches(string? text) => Matches(text, options.Value.EffectiveCrisisWords);

    public static bool Matches(string? text, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var normalized = Normalize(text);
        return words.Select(Normalize).Any(w => w.Length > 0 && normalized.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// Full-width letters and digits become half-width (NFKC), case is folded, and whitespace and the punctuation
    /// people put between characters to dodge a filter (不 想 活, 不-想-活) are dropped.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var kept = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || category is UnicodeCategory.DashPunctuation or UnicodeCategory.OtherPunctuation
                or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.Format)
            {
                continue;
            }
            kept.Append(c);
        }
        return kept.ToString();
    }
}
