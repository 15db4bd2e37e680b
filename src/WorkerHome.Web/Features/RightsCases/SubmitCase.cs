using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.RightsCases;

/// <summary>A worker submits a case online to a county or township union (or a site's union).</summary>
public sealed class SubmitCase(AppDbContext db, CurrentUser user, TimeProvider time, CaseIntake intake, PersonalDataProtector protector)
{
    public async Task<Outcome<RightsCaseDetail>> HandleAsync(RightsCaseInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var (problem, unionId, phone) = await intake.CheckAsync(input, null, ct);
        var me = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.DisplayName, u.PhoneCipher }).SingleAsync(ct);
        if (phone is null && problem?.Errors?.ContainsKey("phone") != true)
        {
            phone = me.PhoneCipher is null ? null : protector.Decrypt(me.PhoneCipher);
            if (phone is null)
            {
                problem = (problem ?? CommonProblems.Validation).WithError("phone", "请填写联系电话");
            }
        }
        if (problem is not null)
        {
            return problem;
        }
        var now = time.GetUtcNow();
        var rightsCase = await intake.NewAsync(input, unionId, phone!, now, time.LocalToday(), ct);
        rightsCase.WorkerId = userId;
        rightsCase.PersonName = me.DisplayName.Length > RightsCase.MaxNameLength ? me.DisplayName[..RightsCase.MaxNameLength] : me.DisplayName;
        rightsCase.Channel = RightsChannel.Online;
        var first = new RightsCaseStep
        {
            At = now, ByUserId = userId, ByName = rightsCase.PersonName, Kind = RightsStepKind.Submitted, Text = "职工网上提交维权诉求", VisibleToWorker = true,
        };
        var saved = await intake.SaveAsync(rightsCase, first, null, ct);
        if (!saved.Succeeded)
        {
            return saved.Problem;
        }
        return await RightsCaseViews.DetailAsync(db, saved.Value.Id, forWorker: true, time.LocalToday(), ct);
    }
}
