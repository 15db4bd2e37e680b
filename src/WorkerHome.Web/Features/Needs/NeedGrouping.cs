using System.Text;
using WorkerHome.Features.Moderation;

namespace WorkerHome.Features.Needs;

/// <summary>
/// How similar two needs are (梳理需求), without a word segmenter: Chinese has no spaces, but two texts about the
/// same thing share character pairs ("劳动合同" gives 劳动, 动合, 合同). A text becomes the set of its character
/// bigrams after normalisation (<see cref="TextScreen.Normalize"/>, per clause so no pair spans punctuation) and
/// after cutting out function words and the generic words of a request ("希望", "开展", "讲座", "培训"), which
/// every need shares and which would otherwise make all needs look alike.
/// <para>
/// Similarity is the Dice coefficient 2|A∩B| / (|A|+|B|) (Jaccard orders pairs the same way; Dice reads more
/// naturally on texts of different lengths). A need joins a group when it is similar to <b>any</b> member (max
/// linkage): a popular topic is phrased many ways, and average linkage would make a group harder to join the more
/// varied — the hotter — it becomes. Max linkage can chain (A~B, B~C, A≁C); the category boundary, the two-bigram
/// minimum and staff's split keep that in check.
/// </para>
/// </summary>
public static class NeedGrouping
{
    /// <summary>
    /// Dice at or above which two needs are about the same thing, when they share at least
    /// <see cref="MinSharedBigrams"/> bigrams. Chosen on the realistic pairs in NeedGroupingTests: every pair
    /// that should group scores ≥ 0.22 (two wage-arrears complaints worded differently are the lowest), every
    /// pair that should not scores 0 after the stop list except generic one-word overlaps, which the
    /// two-bigram minimum stops.
    /// </summary>
    public const double SimilarThreshold = 0.2;

    /// <summary>One shared pair ("比赛" in 篮球比赛 and 书法比赛) is too little evidence on its own.</summary>
    public const int MinSharedBigrams = 2;

    /// <summary>Short near-duplicates ("想学书法" and "书法班") join even on one shared pair.</summary>
    public const double NearDuplicateThreshold = 0.5;

    /// <summary>The longest automatic title, the ellipsis of a cut one included.</summary>
    public const int TitleLength = 20;

    // Longest first, so "有没有" is cut before "有" could be; words a request has whatever it asks for.
    private static readonly string[] StopWords = new[]
    {
        "可不可以", "有没有", "能不能", "讲一讲",
        "希望", "想要", "可以", "能否", "是否", "我们", "大家", "一些", "一下", "一点", "什么", "怎么", "怎样", "如何",
        "哪些", "方面", "相关", "关于", "问题", "开展", "举办", "组织", "开设", "开办", "活动", "讲座", "讲讲", "知识",
        "工会", "职工", "帮忙", "帮助", "谢谢", "非常", "特别", "比较", "需要", "建议", "经常", "定期", "参加", "培训",
        "技能", "课程", "学习", "咨询", "服务", "提供", "解答", "讲解", "了解",
    }.OrderByDescending(w => w.Length).ToArray();

    // Particles and pronouns; only characters that are rarely part of a content word.
    private static readonly HashSet<char> StopChars = [.. "的了吗呢吧啊呀和与及或也都很我您你想请给让把被就多有在是"];

    /// <summary>The bigrams that stand for a text.</summary>
    public static IReadOnlySet<string> Bigrams(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bigrams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in Clauses(text))
        {
            foreach (var segment in Segments(TextScreen.Normalize(clause)))
            {
                for (var i = 0; i + 2 <= segment.Length; i++)
                {
                    bigrams.Add(segment.Substring(i, 2));
                }
            }
        }
        return bigrams;
    }

    /// <summary>The Dice coefficient of two bigram sets, 0 to 1.</summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var total = a.Count + b.Count;
        return total == 0 ? 0 : 2.0 * Shared(a, b) / total;
    }

    /// <summary>Whether two needs are about the same thing (the rule, with its evidence minimum).</summary>
    public static bool AreSimilar(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var similarity = Similarity(a, b);
        return similarity >= NearDuplicateThreshold || (similarity >= SimilarThreshold && Shared(a, b) >= MinSharedBigrams);
    }

    /// <summary>
    /// The group a text should join: among groups with a member it is similar to, the one with the most similar
    /// member (ties go to the older group, the lower id); null when none qualifies.
    /// </summary>
    public static int? BestGroup(IReadOnlySet<string> bigrams, IEnumerable<(int GroupId, IReadOnlySet<string> Bigrams)> members)
    {
        ArgumentNullException.ThrowIfNull(bigrams);
        ArgumentNullException.ThrowIfNull(members);
        int? best = null;
        var bestScore = 0.0;
        foreach (var (groupId, memberBigrams) in members)
        {
            if (!AreSimilar(bigrams, memberBigrams))
            {
                continue;
            }
            var score = Similarity(bigrams, memberBigrams);
            if (best is null || score > bestScore || (score == bestScore && groupId < best))
            {
                best = groupId;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>A group's automatic title: the first sentence of its first need, at most <see cref="TitleLength"/> characters.</summary>
    public static string TitleFrom(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var end = collapsed.IndexOfAny(['。', '！', '？', '!', '?', '；', ';', '\n']);
        var first = (end > 0 ? collapsed[..end] : collapsed).Trim();
        if (first.Length == 0)
        {
            first = collapsed;
        }
        return first.Length <= TitleLength ? first : first[..(TitleLength - 1)] + "…";
    }

    private static int Shared(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.Count(large.Contains);
    }

    // Punctuation and spaces end a clause, and so does a change between Chinese and Latin letters or digits: a
    // pair across either ("带，希" in "没人带，希望", "学e" in "想学Excel") means nothing, and "想学 Excel" and
    // "想学Excel" should read the same.
    private static IEnumerable<string> Clauses(string text)
    {
        var clause = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (clause.Length > 0 && IsHan(clause[^1]) != IsHan(c))
                {
                    yield return clause.ToString();
                    clause.Clear();
                }
                clause.Append(c);
            }
            else if (clause.Length > 0)
            {
                yield return clause.ToString();
                clause.Clear();
            }
        }
        if (clause.Length > 0)
        {
            yield return clause.ToString();
        }
    }

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';

    // Cuts a normalised clause at stop words and stop characters, which then pair with nothing.
    private static IEnumerable<string> Segments(string clause)
    {
        var segment = new StringBuilder();
        var i = 0;
        while (i < clause.Length)
        {
            var stop = StopWords.FirstOrDefault(w => string.CompareOrdinal(clause, i, w, 0, w.Length) == 0);
            var skip = stop?.Length ?? (StopChars.Contains(clause[i]) ? 1 : 0);
            if (skip > 0)
            {
                if (segment.Length > 0)
                {
                    yield return segment.ToString();
                    segment.Clear();
                }
                i += skip;
                continue;
            }
            segment.Append(clause[i]);
            i++;
        }
        if (segment.Length > 0)
        {
            yield return segment.ToString();
        }
    }
}
