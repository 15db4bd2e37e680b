using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Training;

/// <summary>Reads of postings shared by the job use cases.</summary>
internal static class JobQueries
{
    public static async Task<JobDetail?> DetailAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var row = await db.JobPostings.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                Posting = p,
                UnionName = db.Unions.Where(u => u.Id == p.UnionId).Select(u => u.Name).First(),
                TownshipName = db.Regions.Where(r => r.Code == p.TownshipCode).Select(r => r.Name).First(),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }
        var j = row.Posting;
        return new JobDetail(j.Id, j.UnionId, row.UnionName, j.Employer, j.Title, j.Description, j.TownshipCode, row.TownshipName, j.Tags,
            j.Openings, j.Hired, j.WageText, j.ContactName, j.ContactPhone, j.ValidUntil, j.Status, j.Status.Chinese());
    }
}
