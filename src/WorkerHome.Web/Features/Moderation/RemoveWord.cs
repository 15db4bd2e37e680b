using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Moderation;

/// <summary>
/// Removes a word from the lexicon (city-level staff and administrators). Texts already held for it stay in the
/// queue; new texts are no longer flagged for it from the next screening on, on every node.
/// </summary>
public sealed class RemoveWord(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<Done>> HandleAsync(int id, CancellationToken ct)
    {
        if (!ScopeRequirement.DictionaryEditor.IsMet(await scope.GetAsync(ct)))
        {
            return ModerationProblems.NotDictionaryEditor;
        }
        var word = await db.SensitiveWords.FirstOrDefaultAsync(w => w.Id == id, ct);
        if (word is null)
        {
            return ModerationProblems.WordNotFound;
        }
        db.SensitiveWords.Remove(word);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Removed by someone else at the same moment: it is gone, as for a second removal.
            return ModerationProblems.WordNotFound;
        }
        return Done.Value;
    }
}
