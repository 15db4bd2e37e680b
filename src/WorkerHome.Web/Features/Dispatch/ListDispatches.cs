using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Dispatch;

/// <summary>A column of the dispatch board.</summary>
public enum BoardColumn
{
    /// <summary>待派单: no open offer, nobody accepted.</summary>
    Waiting = 1,

    /// <summary>已派单: offers open.</summary>
    Offered = 2,

    /// <summary>已接单.</summary>
    Accepted = 3,

    /// <summary>已婉拒: live dispatches with at least one declined offer.</summary>
    Declined = 4,

    /// <summary>已超时: live dispatches with at least one expired offer.</summary>
    Expired = 5,
}

/// <summary>How many cards each column holds.</summary>
/// <param name="Waiting">待派单 dispatches.</param>
/// <param name="Offered">已派单 dispatches.</param>
/// <param name="Accepted">已接单 dispatches.</param>
/// <param name="Declined">Live dispatches with a declined offer (已婉拒).</param>
/// <param name="Expired">Live dispatches with an expired offer (已超时).</param>
public sealed record BoardCounts(int Waiting, int Offered, int Accepted, int Declined, int Expired);

/// <summary>The board: the counts of every column and one page of the chosen column.</summary>
public sealed record DispatchBoard(BoardCounts Counts, BoardColumn Column, PagedList<DispatchView> Page);

/// <summary>The dispatch board of the caller's scope (staff).</summary>
public sealed class ListDispatches(AppDbContext db, DataScope scope, DispatchViews views)
{
    public async Task<Outcome<DispatchBoard>> HandleAsync(BoardColumn column, int page, int pageSize, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } paging)
        {
            return paging;
        }
        if (!Enum.IsDefined(column))
        {
            return CommonProblems.Field("status", "应为 waiting、offered、accepted、declined 或 expired");
        }
        var access = await scope.GetAsync(ct);
        var unions = access.UnionIds(db);
        var live = db.Dispatches.AsNoTracking().Where(d => unions.Contains(d.UnionId) && d.Status != DispatchStatus.Cancelled);
        var counts = new BoardCounts(
            await live.CountAsync(d => d.Status == DispatchStatus.Waiting, ct),
            await live.CountAsync(d => d.Status == DispatchStatus.Offered, ct),
            await live.CountAsync(d => d.Status == DispatchStatus.Accepted, ct),
            await live.CountAsync(d => db.DispatchOffers.Any(o => o.DispatchId == d.Id && o.Status == OfferStatus.Declined), ct),
            await live.CountAsync(d => db.DispatchOffers.Any(o => o.DispatchId == d.Id && o.Status == OfferStatus.Expired), ct));
        var chosen = column switch
        {
            BoardColumn.Waiting => live.Where(d => d.Status == DispatchStatus.Waiting),
            BoardColumn.Offered => live.Where(d => d.Status == DispatchStatus.Offered),
            BoardColumn.Accepted => live.Where(d => d.Status == DispatchStatus.Accepted),
            BoardColumn.Declined => live.Where(d => db.DispatchOffers.Any(o => o.DispatchId == d.Id && o.Status == OfferStatus.Declined)),
            _ => live.Where(d => db.DispatchOffers.Any(o => o.DispatchId == d.Id && o.Status == OfferStatus.Expired)),
        };
        var total = await chosen.CountAsync(ct);
        var ids = await chosen.OrderByDescending(d => d.Id).Skip((page - 1) * pageSize).Take(pageSize).Select(d => d.Id).ToListAsync(ct);
        return new DispatchBoard(counts, column, new PagedList<DispatchView>(await views.ProjectAsync(ids, ct), total, page, pageSize));
    }
}
