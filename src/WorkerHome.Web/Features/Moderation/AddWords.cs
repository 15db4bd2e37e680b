using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Moderation;

/// <summary>Words to add to the lexicon.</summary>
public sealed record AddWordsRequest
{
    public const int MaxWords = 1000;

    /// <summary>One word per line, up to 50 characters each; blank lines are skipped.</summary>
    [Required(ErrorMessage = "请填写敏感词，每行一个")]
    [StringLength(60_000, ErrorMessage = "一次提交的内容过长，请分批添加")]
    public string Words { get; set; } = "";

    /// <summary>Their category (色情, 赌博, 诈骗, 广告, 辱骂…); 其他 when empty.</summary>
    [StringLength(20, ErrorMessage = "分类不能超过20个字")]
    public string? Category { get; set; }
}

/// <summary>The words added, as stored.</summary>
/// <param name="Added">One entry per new word.</param>
public sealed record AddWordsResult(IReadOnlyList<SensitiveWordItem> Added);

/// <summary>
/// Adds one or many words (city-level staff and administrators). Each is stored as it is matched — normalised to
/// letters and digits, half-width, lower case — so "包 养" and "包养" are one word. All or nothing: if any word is
/// already in the lexicon the answer is 409 naming each such word, and none is added.
/// </summary>
public sealed class AddWords(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<AddWordsResult>> HandleAsync(AddWordsRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ScopeRequirement.DictionaryEditor.IsMet(await scope.GetAsync(ct)))
        {
            return ModerationProblems.NotDictionaryEditor;
        }
        var lines = (request.Words ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
        {
            return CommonProblems.Field("words", "请填写敏感词，每行一个");
        }
        if (lines.Count > AddWordsRequest.MaxWords)
        {
            return CommonProblems.Field("words", $"一次最多添加{AddWordsRequest.MaxWords}个词，请分批添加");
        }
        var problem = CommonProblems.Validation;
        var words = new List<string>();
        foreach (var line in lines)
        {
            var word = TextScreen.Normalize(line);
            if (line.Length > SensitiveWord.MaxLength || word.Length > SensitiveWord.MaxLength)
            {
                problem = problem.WithError("words", $"“{line[..Math.Min(line.Length, 10)]}…”超过{SensitiveWord.MaxLength}个字");
            }
            else if (word.Length == 0)
            {
                problem = problem.WithError("words", $"“{line}”不含文字或数字，无法匹配");
            }
            else if (!words.Contains(word, StringComparer.Ordinal))
            {
                words.Add(word);
            }
        }
        if (problem.Errors is { Count: > 0 })
        {
            return problem;
        }
        var category = string.IsNullOrWhiteSpace(request.Category) ? SensitiveWord.OtherCategory : request.Category.Trim();

        if (await ExistingAsync(words, ct) is { Count: > 0 } existing)
        {
            return Duplicates(existing);
        }
        var now = time.GetUtcNow();
        var added = words.Select(w => new SensitiveWord { Word = w, Category = category, CreatedAt = now }).ToList();
        db.SensitiveWords.AddRange(added);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Someone added one of these words in the meantime.
            db.ChangeTracker.Clear();
            return Duplicates(await ExistingAsync(words, ct));
        }
        return new AddWordsResult(added.Select(w => new SensitiveWordItem(w.Id, w.Word, w.Category, w.CreatedAt)).ToList());
    }

    private Task<List<string>> ExistingAsync(List<string> words, CancellationToken ct) =>
        db.SensitiveWords.Where(w => words.Contains(w.Word)).Select(w => w.Word).ToListAsync(ct);

    private static AppProblem Duplicates(IReadOnlyList<string> words) =>
        words.Aggregate(ModerationProblems.WordExists, (problem, word) => problem.WithError("words", $"“{word}”已在词库中"))
            .WithDetail("请删去后再提交：" + string.Join("、", words)) with
        {
            Extensions = new Dictionary<string, object?> { ["duplicates"] = words },
        };
}
