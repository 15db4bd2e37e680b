using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Account;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.RightsCases;

/// <summary>A case staff enter at a site for a walk-in worker.</summary>
public sealed record WalkInCaseInput : RightsCaseInput
{
    /// <summary>The person's name; needed when the phone belongs to no registered worker.</summary>
    public string? PersonName { get; init; }

    /// <summary>The day the person came, when entered later (not in the future, at most 180 days back); today when empty.</summary>
    public DateOnly? ReceivedOn { get; init; }
}

/// <summary>
/// Staff enter a walk-in case at a site of their subtree (or for a union of it). The phone finds the registered
/// worker, who then sees the case under 我的; an unregistered person is kept by name and phone only.
/// </summary>
public sealed class EnterCase(AppDbContext db, DataScope scope, TimeProvider time, CaseIntake intake, UserLookup lookup, CaseJournal journal)
{
    public const int MaxDaysBack = 180;

    public async Task<Outcome<RightsCaseDetail>> HandleAsync(WalkInCaseInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!(await scope.GetAsync(ct)).IsStaff)
        {
            return CommonProblems.Forbidden;
        }
        var (problem, unionId, phone) = await intake.CheckAsync(input, null, ct);
        if (phone is null && problem?.Errors?.ContainsKey("phone") != true)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("phone", "请填写来访职工的手机号");
        }
        var today = time.LocalToday();
        var receivedOn = input.ReceivedOn ?? today;
        if (receivedOn > today || receivedOn < today.AddDays(-MaxDaysBack))
        {
            problem = (problem ?? CommonProblems.Validation).WithError("receivedOn", $"受理日期不能晚于今天，也不能早于 {MaxDaysBack} 天前");
        }
        if (unionId != 0 && !await scope.CoversUnionAsync(unionId, ct))
        {
            problem = (problem ?? CommonProblems.Validation).WithError(input.SiteId is null ? "unionId" : "siteId", "只能登记到本级及下级工会");
        }
        Guid? workerId = null;
        var name = input.PersonName?.Trim() ?? "";
        if (phone is not null)
        {
            var hash = lookup.PhoneLookupOf(phone);
            var worker = await db.Users.AsNoTracking().Where(u => u.PhoneLookup == hash).Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync(ct);
            workerId = worker?.Id;
            if (worker is not null && name.Length == 0)
            {
                name = worker.DisplayName;
            }
        }
        if (name.Length is 0 or > RightsCase.MaxNameLength && problem?.Errors?.ContainsKey("phone") != true)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("personName", "该手机号未注册，请填写来访人姓名（不超过 50 个字）");
        }
        if (problem is not null)
        {
            return problem;
        }
        var now = time.GetUtcNow();
        var rightsCase = await intake.NewAsync(input, unionId, phone!, now, receivedOn, ct);
        rightsCase.WorkerId = workerId;
        rightsCase.PersonName = name;
        rightsCase.Channel = RightsChannel.WalkIn;
        var staffName = await journal.ActorNameAsync(ct);
        var first = new RightsCaseStep
        {
            At = now, ByName = staffName, Kind = RightsStepKind.Submitted, VisibleToWorker = true,
            Text = receivedOn == today ? "工作人员现场登记维权诉求" : $"工作人员补录 {receivedOn:yyyy-MM-dd} 现场受理的维权诉求",
        };
        var saved = await intake.SaveAsync(rightsCase, first, () => journal.Log(rightsCase, "登记", new { rightsCase.Category, rightsCase.UnionId, rightsCase.SiteId }), ct);
        if (!saved.Succeeded)
        {
            return saved.Problem;
        }
        return await RightsCaseViews.DetailAsync(db, saved.Value.Id, forWorker: false, today, ct);
    }
}
