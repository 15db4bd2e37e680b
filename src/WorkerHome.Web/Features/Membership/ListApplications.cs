using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Membership;

/// <summary>The staff list's filter.</summary>
public sealed record ApplicationSearch
{
    /// <summary>Pending, Approved or Rejected; all when empty.</summary>
    public ApplicationStatus? Status { get; init; }

    /// <summary>Only pending applications past their review deadline.</summary>
    public bool? Overdue { get; init; }

    /// <summary>Part of the applicant's name.</summary>
    public string? Q { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

/// <summary>Applications to unions in the staff member's scope, the most urgent deadline first; ID numbers and phones masked.</summary>
public sealed class ListApplications(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<PagedList<ApplicationItem>>> HandleAsync(ApplicationSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var (page, size) = (search.Page ?? 1, search.PageSize ?? 20);
        if (Paging.Check(page, size) is { } bad)
        {
            return bad;
        }
        var access = await scope.GetAsync(ct);
        var today = time.LocalToday();
        var query = db.MembershipApplications.AsNoTracking().Where(a => access.UnionIds(db).Contains(a.UnionId));
        if (search.Overdue == true)
        {
            query = query.Where(a => a.Status == ApplicationStatus.Pending && a.DueOn < today);
        }
        else if (search.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }
        if (search.Q?.Trim() is { Length: > 0 } q)
        {
            query = query.Where(a => a.RealName.Contains(q));
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(a => a.Status).ThenBy(a => a.DueOn).ThenBy(a => a.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(a => new
            {
                a,
                UnionName = db.Unions.Where(u => u.Id == a.UnionId).Select(u => u.Name).First(),
                Number = db.Members.Where(m => m.Id == a.MemberId).Select(m => m.MemberNumber).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return new PagedList<ApplicationItem>(rows.Select(r => Item(r.a, r.UnionName, r.Number, today)).ToList(), total, page, size);
    }

    public static ApplicationItem Item(MembershipApplication a, string unionName, string? memberNumber, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.RealName, a.IdMasked, a.PhoneMasked, a.WorkKind, a.WorkKind.Chinese(), a.Employer, a.UnionId, unionName, a.Status,
            a.Status.Chinese(), a.SubmittedAt, a.DueOn, a.Status == ApplicationStatus.Pending && a.DueOn < today, a.RejectReason, memberNumber);
    }
}
