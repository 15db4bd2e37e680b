using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Moderation;

/// <summary>Filters for the lexicon. Every field is optional.</summary>
public sealed record WordSearch
{
    /// <summary>Part of a word.</summary>
    public string? Q { get; set; }

    /// <summary>One category (色情, 赌博…).</summary>
    public string? Category { get; set; }

    /// <summary>Page number from 1.</summary>
    public int? Page { get; set; }

    /// <summary>Items per page, 1 to 100 (default 50).</summary>
    public int? PageSize { get; set; }
}

/// <summary>A lexicon entry.</summary>
/// <param name="Id">Entry id (used to remove it).</param>
/// <param name="Word">The word as it is matched: letters and digits only, lower case, half-width.</param>
/// <param name="Category">Its category.</param>
/// <param name="CreatedAt">When it was added.</param>
public sealed record SensitiveWordItem(int Id, string Word, string Category, DateTimeOffset CreatedAt);

/// <summary>The lexicon, newest first; every staff member may read it.</summary>
public sealed class ListWords(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<PagedList<SensitiveWordItem>>> HandleAsync(WordSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (!(await scope.GetAsync(ct)).IsStaff)
        {
            return CommonProblems.Forbidden.WithDetail("敏感词库仅限工会工作人员查看");
        }
        var page = search.Page ?? 1;
        var pageSize = search.PageSize ?? 50;
        var problem = Paging.Check(page, pageSize);
        if (search.Q is { Length: > SensitiveWord.MaxLength })
        {
            problem = (problem ?? CommonProblems.Validation).WithError("q", $"搜索词不能超过{SensitiveWord.MaxLength}个字");
        }
        if (problem is not null)
        {
            return problem;
        }
        var query = db.SensitiveWords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            // Words are stored normalised, so the search term is too ("ＶＸ" finds "vx").
            var term = TextScreen.Normalize(search.Q);
            query = query.Where(w => w.Word.Contains(term));
        }
        if (!string.IsNullOrWhiteSpace(search.Category))
        {
            var category = search.Category.Trim();
            query = query.Where(w => w.Category == category);
        }
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(w => w.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(w => new SensitiveWordItem(w.Id, w.Word, w.Category, w.CreatedAt))
            .ToListAsync(ct);
        return new PagedList<SensitiveWordItem>(items, total, page, pageSize);
    }
}
