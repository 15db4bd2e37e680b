using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Training;

/// <summary>Filters for the job list.</summary>
public sealed record JobSearch
{
    /// <summary>A region code (county or township) the work must lie in; empty for all.</summary>
    public string? Region { get; init; }

    /// <summary>"managed": every posting in the staff member's scope; otherwise open ones.</summary>
    public string? Scope { get; init; }

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

/// <summary>A posting in a list. Workers see the contact phone masked.</summary>
public sealed record JobSummary(int Id, string Employer, string Title, string TownshipName, IReadOnlyList<string> Tags, int Openings, int Hired,
    string WageText, string ContactName, string ContactPhone, DateOnly ValidUntil, JobStatus Status, string StatusText, int Referred);

/// <summary>Open postings for workers (valid, not filled), nearest region first when one is given; all of a subtree for staff.</summary>
public sealed class ListJobs(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<PagedList<JobSummary>>> HandleAsync(JobSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (Paging.Check(search.Page, search.PageSize) is { } problem)
        {
            return problem;
        }
        var managed = search.Scope == "managed";
        var query = db.JobPostings.AsNoTracking();
        if (managed)
        {
            var access = await scope.GetAsync(ct);
            if (!access.IsStaff)
            {
                return CommonProblems.Forbidden;
            }
            query = query.Where(p => access.UnionIds(db).Contains(p.UnionId));
        }
        else
        {
            var today = time.LocalToday();
            query = query.Where(p => p.Status == JobStatus.Open && p.ValidUntil >= today);
        }
        if (!string.IsNullOrWhiteSpace(search.Region))
        {
            var region = search.Region.Trim();
            query = query.Where(p => p.TownshipCode.StartsWith(region));
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(p => p.Status).ThenByDescending(p => p.Id)
            .Skip((search.Page - 1) * search.PageSize).Take(search.PageSize)
            .Select(p => new
            {
                Posting = p,
                TownshipName = db.Regions.Where(r => r.Code == p.TownshipCode).Select(r => r.Name).First(),
                Referred = db.JobReferrals.Count(r => r.PostingId == p.Id),
            })
            .ToListAsync(ct);
        return new PagedList<JobSummary>(rows.Select(r => new JobSummary(r.Posting.Id, r.Posting.Employer, r.Posting.Title, r.TownshipName,
            r.Posting.Tags, r.Posting.Openings, r.Posting.Hired, r.Posting.WageText, r.Posting.ContactName,
            managed ? r.Posting.ContactPhone : Masking.Phone(r.Posting.ContactPhone), r.Posting.ValidUntil, r.Posting.Status,
            r.Posting.Status.Chinese(), managed ? r.Referred : 0)).ToList(), total, search.Page, search.PageSize);
    }
}
