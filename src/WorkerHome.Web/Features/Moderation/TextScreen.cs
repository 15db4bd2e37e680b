using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;

namespace WorkerHome.Features.Moderation;

/// <summary>Why a text was held back; empty when it may be published at once.</summary>
/// <param name="Reasons">Chinese sentences a moderator reads.</param>
public sealed record ScreenResult(IReadOnlyList<string> Reasons)
{
    public bool Flagged => Reasons.Count > 0;
}

/// <summary>
/// The filter every worker-written text passes before it is public: the staff-edited lexicon (Aho–Corasick over a
/// normalised text, so "包 养" and full-width letters do not slip through) and spam signals — links, phone numbers,
/// WeChat and QQ ids, and keyword stuffing of the kind injected into the Leshan seed page.
/// </summary>
public sealed partial class TextScreen(AppDbContext db)
{
    // The matcher is rebuilt only when the lexicon changes (words are added or removed, never edited), which every
    // node notices on its next screening: a stamp of (count, highest id) is one cheap query.
    private static (int Count, int MaxId, AhoCorasick Matcher)? s_lexicon;
    private static readonly Lock LexiconLock = new();

    public async Task<ScreenResult> ScreenAsync(string text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matcher = await LexiconAsync(ct);
        var normalized = Normalize(text);
        var reasons = new List<string>();
        var words = matcher.Matches(normalized).Select(m => m.Pattern).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count > 0)
        {
            reasons.Add("含敏感词：" + string.Join("、", words));
        }
        reasons.AddRange(SpamSignals(text));
        return new ScreenResult(reasons);
    }

    /// <summary>The spam signals alone, without the lexicon.</summary>
    public static IReadOnlyList<string> SpamSignals(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reasons = new List<string>();
        var folded = text.Normalize(NormalizationForm.FormKC);
        var compact = Separators().Replace(folded, "");
        if (Link().IsMatch(folded))
        {
            reasons.Add("含网址链接");
        }
        if (Phone().IsMatch(compact))
        {
            reasons.Add("含手机号或电话号码");
        }
        if (WeChat().IsMatch(folded))
        {
            reasons.Add("含微信号或引导加微信");
        }
        if (Qq().IsMatch(folded))
        {
            reasons.Add("含QQ号");
        }
        if (StuffedKeyword(Normalize(text)) is { } token)
        {
            reasons.Add($"疑似堆砌关键词：{token}");
        }
        return reasons;
    }

    /// <summary>
    /// Full-width to half-width, lower case, and only letters and digits kept, so separators inserted between the
    /// characters of a word ("包.养", "包 养") do not hide it.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// Keyword stuffing: a short token repeated in places where it splits words apart. A token counts as spliced in
    /// where the characters on its two sides form a pair that occurs elsewhere in the text without it (峨眉山包養市 next
    /// to 峨眉山市). Ordinary repetition of a topic word ("职工之家" many times) does not splice words.
    /// </summary>
    public static string? StuffedKeyword(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (normalized.Length < 12)
        {
            return null;
        }
        var bigrams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 2 <= normalized.Length; i++)
        {
            var bigram = normalized.Substring(i, 2);
            bigrams[bigram] = bigrams.GetValueOrDefault(bigram) + 1;
        }
        foreach (var length in new[] { 4, 3, 2 })
        {
            var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i + length <= normalized.Length; i++)
            {
                var token = normalized.Substring(i, length);
                if (token.All(IsCjk))
                {
                    (positions.TryGetValue(token, out var list) ? list : positions[token] = []).Add(i);
                }
            }
            foreach (var (token, starts) in positions.Where(p => p.Value.Count >= 3).OrderByDescending(p => p.Value.Count))
            {
                var spliced = 0;
                foreach (var start in starts)
                {
                    var end = start + length;
                    if (start == 0 || end >= normalized.Length || !IsCjk(normalized[start - 1]) || !IsCjk(normalized[end]))
                    {
                        continue;
                    }
                    var joined = string.Concat(normalized[start - 1], normalized[end]);
                    if (bigrams.GetValueOrDefault(joined) > 0)
                    {
                        spliced++;
                    }
                }
                if (spliced >= 2)
                {
                    return token;
                }
            }
        }
        return null;
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private async Task<AhoCorasick> LexiconAsync(CancellationToken ct)
    {
        var stamp = await db.SensitiveWords.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), MaxId = g.Max(w => w.Id) })
            .FirstOrDefaultAsync(ct);
        var (count, maxId) = (stamp?.Count ?? 0, stamp?.MaxId ?? 0);
        var cached = s_lexicon;
        if (cached is { } current && current.Count == count && current.MaxId == maxId)
        {
            return current.Matcher;
        }
        var words = await db.SensitiveWords.AsNoTracking().Select(w => w.Word).ToListAsync(ct);
        var matcher = new AhoCorasick(words.Select(Normalize));
        lock (LexiconLock)
        {
            s_lexicon = (count, maxId, matcher);
        }
        return matcher;
    }

    [GeneratedRegex(@"[\s\-_.·•,，。/\\|]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"https?://|www\.|[a-z0-9-]+\.(com|cn|net|org|top|xyz|vip|cc|info|club|shop)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<!\d)(1[3-9]\d{9}|0\d{2,3}\d{7,8})(?!\d)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"(微信|薇信|威信|徽信|vx|v信|wx|weixin|wechat|加v)[号:：\s]*[a-z][-_a-z0-9]{5,19}|加(我)?(微信|薇信|vx|v)", RegexOptions.IgnoreCase)]
    private static partial Regex WeChat();

    [GeneratedRegex(@"(qq|扣扣|企鹅)[号:：\s]*\d{5,11}", RegexOptions.IgnoreCase)]
    private static partial Regex Qq();
}
