using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Sessions;

/// <summary>Staff schedule one session of an item of their subtree.</summary>
public sealed class CreateSession(AppDbContext db, SessionRules rules, GetSession get)
{
    public async Task<Outcome<SessionView>> HandleAsync(SessionInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var target = await rules.CheckAsync(input, ct);
        if (!target.Succeeded)
        {
            return target.Problem;
        }
        if (input.Date is not { } date)
        {
            return CommonProblems.Field("date", "请填写日期");
        }
        var session = rules.Build(target.Value, input, date, seriesKey: null);
        if (!session.Succeeded)
        {
            return session.Problem;
        }
        db.Sessions.Add(session.Value);
        await db.SaveChangesAsync(ct);
        return await get.HandleAsync(session.Value.Id, ct);
    }
}
