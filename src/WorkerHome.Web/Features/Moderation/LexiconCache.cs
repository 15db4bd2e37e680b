using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;

namespace WorkerHome.Features.Moderation;

/// <summary>
/// The compiled lexicon of this node. It is rebuilt only when the lexicon changes, which every node notices on its
/// next screening through a stamp of (count, highest id): words are added or removed, never edited, and ids are
/// never reused (AUTOINCREMENT on SQLite, identity on PostgreSQL), so any change moves the stamp.
/// A singleton per host rather than a static, so two hosts in one process (the tests run one per database) never
/// share a matcher built from the other's words.
/// </summary>
public sealed class LexiconCache
{
    private Entry? _current;

    public async Task<AhoCorasick> GetAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stamp = await db.SensitiveWords.GroupBy(_ => 1)
            .Select(g => new Stamp(g.Count(), g.Max(w => w.Id)))
            .FirstOrDefaultAsync(ct) ?? new Stamp(0, 0);
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Stamp == stamp)
        {
            return current.Matcher;
        }
        var words = await db.SensitiveWords.AsNoTracking().Select(w => new { w.Id, w.Word }).ToListAsync(ct);
        // The stamp stored is the one of the words actually read, so a change between the two queries is seen next time.
        var built = new Entry(
            new Stamp(words.Count, words.Count == 0 ? 0 : words.Max(w => w.Id)),
            new AhoCorasick(words.Select(w => TextScreen.Normalize(w.Word))));
        Volatile.Write(ref _current, built);
        return built.Matcher;
    }

    private sealed record Stamp(int Count, int MaxId);

    private sealed record Entry(Stamp Stamp, AhoCorasick Matcher);
}
