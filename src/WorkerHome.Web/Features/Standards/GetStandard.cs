using Microsoft.EntityFrameworkCore;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Standards;

/// <summary>One standard with its checklist; one the caller cannot see is "not found".</summary>
public sealed class GetStandard(StandardQueries queries)
{
    public async Task<Outcome<StandardDetail>> HandleAsync(int id, CancellationToken ct)
    {
        var (query, access) = await queries.VisibleAsync(ct);
        var summary = (await queries.SummariesAsync(query.Where(s => s.Id == id), access, ct)).SingleOrDefault();
        if (summary is null)
        {
            return StandardsProblems.NotFound;
        }
        var note = await query.Where(s => s.Id == id).Select(s => s.Note).FirstAsync(ct);
        return new StandardDetail(summary, note, await queries.ItemsAsync(id, ct));
    }
}
