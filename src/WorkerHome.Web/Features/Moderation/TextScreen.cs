using System.Text;
using System.Text.RegularExpressions;
using WorkerHome.Data;

namespace WorkerHome.Features.Moderation;

/// <summary>Why a text was held back; empty when it may be published at once.</summary>
/// <param name="Reasons">Chinese sentences a moderator reads.</param>
public sealed record ScreenResult(IReadOnlyList<string> Reasons)
{
    public bool Flagged => Reasons.Count > 0;
}

/// <summary>A stretch of the original text the screen objects to, in UTF-16 code units (as JavaScript counts).</summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="Length">How many characters.</param>
public sealed record TextMark(int Start, int Length);

/// <summary>
/// The filter every worker-written text passes before it is public: the staff-edited lexicon (Aho–Corasick over a
/// normalised text, so "包 养" and full-width letters do not slip through) and spam signals — links, phone numbers,
/// WeChat and QQ ids, and keyword stuffing of the kind injected into the Leshan seed page.
/// </summary>
public sealed partial class TextScreen(AppDbContext db, LexiconCache lexicon)
{
    public async Task<ScreenResult> ScreenAsync(string text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Screen(text, await lexicon.GetAsync(db, ct));
    }

    /// <summary>Where the current lexicon and the spam signals hit in a text, for the moderation queue to mark.</summary>
    public async Task<IReadOnlyList<TextMark>> MarkAsync(string text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Mark(text, await lexicon.GetAsync(db, ct));
    }

    public static ScreenResult Screen(string text, AhoCorasick words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        return new ScreenResult(Find(text, words).Select(f => f.Reason).ToList());
    }

    /// <summary>The marks of every finding, sorted and merged where they touch.</summary>
    public static IReadOnlyList<TextMark> Mark(string text, AhoCorasick words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var merged = new List<TextMark>();
        foreach (var mark in Find(text, words).SelectMany(f => f.Marks).OrderBy(m => m.Start).ThenByDescending(m => m.Length))
        {
            if (merged.Count > 0 && merged[^1] is var last && mark.Start <= last.Start + last.Length)
            {
                merged[^1] = last with { Length = Math.Max(last.Length, mark.Start + mark.Length - last.Start) };
            }
            else
            {
                merged.Add(mark);
            }
        }
        return merged;
    }

    /// <summary>The spam signals alone, without the lexicon.</summary>
    public static IReadOnlyList<string> SpamSignals(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(text, null).Select(f => f.Reason).ToList();
    }

    /// <summary>
    /// Full-width to half-width, lower case, and only letters and digits kept, so separators inserted between the
    /// characters of a word ("包.养", "包 养") do not hide it.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MappedText.Fold(text).Keep(char.IsLetterOrDigit, lowerCase: true).Text;
    }

    /// <summary>
    /// Keyword stuffing, as injected into the Leshan seed page: a short token spliced into the middle of words
    /// (峨眉山包養市) and repeated on lines of its own. An occurrence counts as spliced when the characters on its two
    /// sides form a pair found elsewhere in the text without the token (眉山, from 峨眉山市) and the token meets each
    /// side nowhere else: a topic word of an ordinary article ("职工之家" many times) sits in the same few compounds
    /// again and again (职工之家阵地), so its seams repeat. Returns the token with the most evidence, or null.
    /// </summary>
    public static string? StuffedKeyword(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(Normalize).Where(l => l.Length > 0).ToList();
        var normalized = string.Concat(lines);
        if (normalized.Length < 12)
        {
            return null;
        }
        var lineOf = new int[normalized.Length];
        var lineStarts = new int[lines.Count + 1];
        for (var (line, at) = (0, 0); line < lines.Count; at += lines[line].Length, line++)
        {
            lineStarts[line] = at;
            Array.Fill(lineOf, line, at, lines[line].Length);
            lineStarts[line + 1] = at + lines[line].Length;
        }
        var bigrams = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i + 2 <= normalized.Length; i++)
        {
            var bigram = normalized.Substring(i, 2);
            (bigrams.TryGetValue(bigram, out var list) ? list : bigrams[bigram] = []).Add(i);
        }

        (string Token, int Evidence)? best = null;
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
            foreach (var (token, starts) in positions.Where(p => p.Value.Count >= 3))
            {
                var covered = new bool[normalized.Length];
                foreach (var start in starts)
                {
                    Array.Fill(covered, true, start, length);
                }
                var (standalone, spliced) = (0, 0);
                foreach (var start in starts)
                {
                    var end = start + length;
                    var line = lineOf[start];
                    var (lineStart, lineEnd) = (lineStarts[line], lineStarts[line + 1]);
                    if (lineEnd - lineStart <= 3 * length && 2 * covered.AsSpan(lineStart, lineEnd - lineStart).Count(true) >= lineEnd - lineStart)
                    {
                        standalone++;
                    }
                    else if (start > lineStart && end < lineEnd && IsCjk(normalized[start - 1]) && IsCjk(normalized[end])
                        && !covered[start - 1] && !covered[end]
                        && bigrams.TryGetValue(string.Concat(normalized[start - 1], normalized[end]), out var elsewhere)
                        && elsewhere.Any(p => !covered[p] && !covered[p + 1])
                        && bigrams[normalized.Substring(start - 1, 2)].Count == 1
                        && bigrams[normalized.Substring(end - 1, 2)].Count == 1)
                    {
                        spliced++;
                    }
                }
                if (spliced >= 2 && spliced + standalone >= 4 && (best is null || spliced + standalone > best.Value.Evidence))
                {
                    best = (token, spliced + standalone);
                }
            }
        }
        return best?.Token;
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static List<Finding> Find(string text, AhoCorasick? words)
    {
        var folded = MappedText.Fold(text);
        var normalized = folded.Keep(char.IsLetterOrDigit, lowerCase: true);
        var findings = new List<Finding>();
        if (words is not null)
        {
            var hits = words.Matches(normalized.Text).ToList();
            if (hits.Count > 0)
            {
                findings.Add(new Finding(
                    "含敏感词：" + string.Join("、", hits.Select(h => h.Pattern).Distinct(StringComparer.Ordinal)),
                    hits.Select(h => normalized.Span(h.End - h.Pattern.Length, h.Pattern.Length)).ToList()));
            }
        }
        AddMatches(findings, "含网址链接", Link(), folded);
        AddMatches(findings, "含手机号或电话号码", Phone(), folded.Keep(c => !IsSeparator(c), lowerCase: false));
        AddMatches(findings, "含微信号或引导加微信", WeChat(), folded);
        AddMatches(findings, "含QQ号", Qq(), folded);
        if (StuffedKeyword(text) is { } token)
        {
            var marks = new List<TextMark>();
            for (var at = normalized.Text.IndexOf(token, StringComparison.Ordinal); at >= 0;
                 at = normalized.Text.IndexOf(token, at + token.Length, StringComparison.Ordinal))
            {
                marks.Add(normalized.Span(at, token.Length));
            }
            findings.Add(new Finding($"疑似堆砌关键词：{token}", marks));
        }
        return findings;
    }

    private static void AddMatches(List<Finding> findings, string reason, Regex pattern, MappedText text)
    {
        var marks = pattern.Matches(text.Text).Select(m => text.Span(m.Index, m.Length)).ToList();
        if (marks.Count > 0)
        {
            findings.Add(new Finding(reason, marks));
        }
    }

    // What people put between the digits of a number so that it still reads as one ("138 1234-5678", "(0833)5551234").
    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || "-_.·•,，。、/\\|()（）".Contains(c, StringComparison.Ordinal);

    [GeneratedRegex(@"(?:https?://|www\.)[a-z0-9./?=&%_#:~+-]*|[a-z0-9][a-z0-9-]*(?:[.。][a-z0-9-]+)*[.。](?:com|cn|net|org|top|xyz|vip|cc|info|club|shop|site|online|wang|ink)(?![a-z0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    // Mainland mobiles, landlines with their area code and 400/800 hotlines, with or without +86.
    [GeneratedRegex(@"(?<!\d)(?:(?:\+|00)?86)?(?:1[3-9]\d{9}|0\d{2,3}\d{7,8}|[48]00\d{7})(?!\d)")]
    private static partial Regex Phone();

    // An id after a WeChat word (ids are 6 to 20 characters and start with a letter), or an invitation to add one;
    // "加微信群" and "加微信公众号" are ordinary requests, not invitations.
    [GeneratedRegex(@"(?:加(?:我|个)?)?(?:微信|薇信|威信|徽信|v信|vx|wx|weixin|wechat)(?:号|id)?\s*[:：]?\s*[a-z][-_a-z0-9]{5,19}|加(?:我|个)?(?:微信|薇信|威信|徽信|v信|vx|wx)(?!群|公众)|加(?:我|个)?v(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex WeChat();

    [GeneratedRegex(@"(?:qq|扣扣|企鹅)(?:号|群)?\s*[:：]?\s*[1-9]\d{4,10}", RegexOptions.IgnoreCase)]
    private static partial Regex Qq();

    private sealed record Finding(string Reason, IReadOnlyList<TextMark> Marks);

    /// <summary>A transformed text that remembers, for each of its characters, where it came from in the original.</summary>
    private sealed class MappedText
    {
        private readonly List<int> _starts;
        private readonly List<int> _ends;

        private MappedText(string text, List<int> starts, List<int> ends)
        {
            Text = text;
            _starts = starts;
            _ends = ends;
        }

        public string Text { get; }

        /// <summary>
        /// Compatibility-folded (full-width letters and digits to ASCII, ideographic space to space) one character at
        /// a time, so each output character keeps its origin. A lone surrogate cannot be normalised and is dropped.
        /// </summary>
        public static MappedText Fold(string original)
        {
            var builder = new StringBuilder(original.Length);
            var starts = new List<int>(original.Length);
            var ends = new List<int>(original.Length);
            for (var i = 0; i < original.Length;)
            {
                var width = char.IsHighSurrogate(original[i]) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]) ? 2 : 1;
                var c = original[i];
                if (width == 1 && (c < '\u0080' || IsCjk(c)))
                {
                    Append(builder, starts, ends, c, i, i + 1);
                }
                else if (width == 2 || !char.IsSurrogate(c))
                {
                    foreach (var folded in original.Substring(i, width).Normalize(NormalizationForm.FormKC))
                    {
                        Append(builder, starts, ends, folded, i, i + width);
                    }
                }
                i += width;
            }
            return new MappedText(builder.ToString(), starts, ends);
        }

        public MappedText Keep(Func<char, bool> keep, bool lowerCase)
        {
            var builder = new StringBuilder(Text.Length);
            var starts = new List<int>(Text.Length);
            var ends = new List<int>(Text.Length);
            for (var i = 0; i < Text.Length; i++)
            {
                if (keep(Text[i]))
                {
                    Append(builder, starts, ends, lowerCase ? char.ToLowerInvariant(Text[i]) : Text[i], _starts[i], _ends[i]);
                }
            }
            return new MappedText(builder.ToString(), starts, ends);
        }

        /// <summary>The stretch of the original text that a stretch of this one came from.</summary>
        public TextMark Span(int start, int length) => new(_starts[start], _ends[start + length - 1] - _starts[start]);

        private static void Append(StringBuilder builder, List<int> starts, List<int> ends, char c, int start, int end)
        {
            builder.Append(c);
            starts.Add(start);
            ends.Add(end);
        }
    }
}
