using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.RightsCases;

/// <summary>Staff open a case of their subtree (every opening is logged; another county's case is 404 and logged as denied).</summary>
public sealed class GetCase(AppDbContext db, CaseAccess access, TimeProvider time)
{
    public async Task<Outcome<RightsCaseDetail>> HandleAsync(int id, CancellationToken ct)
    {
        var opened = await access.StaffAsync(id, ct);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }
        await access.ViewedAsync(opened.Value, ct);
        return await RightsCaseViews.DetailAsync(db, id, forWorker: false, time.LocalToday(), ct);
    }
}
