using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Membership;

/// <summary>What a worker gives when applying to join a union.</summary>
public sealed class ApplyRequest
{
    /// <summary>Real name as on the ID card.</summary>
    public string? RealName { get; set; }

    /// <summary>Resident ID number (18 characters, checked with its check character).</summary>
    public string? IdNumber { get; set; }

    /// <summary>Mobile phone; the account's phone when left empty.</summary>
    public string? Phone { get; set; }

    /// <summary>How the worker works.</summary>
    public WorkKind WorkKind { get; set; }

    /// <summary>The employer; required for 单位职工.</summary>
    public string? Employer { get; set; }

    /// <summary>The union applied to (from /api/membership/unions for the work kind).</summary>
    public int UnionId { get; set; }

    /// <summary>The separate, explicit consent to collecting the ID number for membership.</summary>
    public bool Consent { get; set; }
}

/// <summary>
/// A worker applies to join a union. One open application per worker and per ID number: the check here answers
/// clearly, and two filtered unique indexes hold it under concurrent submits. The review deadline is counted in
/// working days from the day of submission.
/// </summary>
public sealed class Apply(AppDbContext db, CurrentUser current, PersonalDataProtector protector, IOptions<MembershipOptions> options, TimeProvider time)
{
    public async Task<Outcome<MyApplication>> HandleAsync(ApplyRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        AppProblem? problem = null;
        void Error(string field, string message) => problem = (problem ?? CommonProblems.Validation).WithError(field, message);

        var name = request.RealName?.Trim() ?? "";
        if (name.Length is < 2 or > 20)
        {
            Error("realName", "请填写身份证上的姓名（2–20个字）");
        }
        if (!IdNumbers.TryNormalize(request.IdNumber, out var idNumber))
        {
            Error("idNumber", "身份证号不正确，请核对后重新填写");
        }
        var phone = "";
        if (!string.IsNullOrWhiteSpace(request.Phone) && !PhoneNumbers.TryNormalize(request.Phone, out phone))
        {
            Error("phone", "手机号格式不正确");
        }
        if (!Enum.IsDefined(request.WorkKind))
        {
            Error("workKind", "请选择就业形态");
        }
        var employer = request.Employer?.Trim() ?? "";
        if (request.WorkKind == WorkKind.Employed && employer.Length == 0)
        {
            Error("employer", "单位职工请填写工作单位");
        }
        else if (employer.Length > 100)
        {
            Error("employer", "工作单位不超过100个字");
        }
        if (!request.Consent)
        {
            Error("consent", "请阅读并同意为办理入会收集身份证号");
        }
        var union = Enum.IsDefined(request.WorkKind)
            ? await ListJoinableUnions.Joinable(db, request.WorkKind).Where(u => u.Id == request.UnionId).Select(u => new { u.Id, u.Name }).FirstOrDefaultAsync(ct)
            : null;
        if (union is null)
        {
            Error("unionId", request.WorkKind == WorkKind.Employed ? "请选择所在单位的基层工会" : "请选择要加入的乡镇（街道）或社区工会");
        }
        if (problem is not null)
        {
            return problem;
        }

        var lookup = protector.Lookup(idNumber);
        var refused = await RefusedAsync(userId, lookup, ct);
        if (refused is not null)
        {
            return refused;
        }
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.PhoneCipher, u.PhoneMasked }).SingleAsync(ct);
        var now = time.GetUtcNow();
        var calendar = await ChineseCalendar.LoadAsync(db, ct);
        var application = new MembershipApplication
        {
            UserId = userId,
            UnionId = union!.Id,
            RealName = name,
            IdCipher = protector.Encrypt(idNumber),
            IdLookup = lookup,
            IdMasked = Masking.IdNumber(idNumber),
            PhoneCipher = phone.Length > 0 ? protector.Encrypt(phone) : account.PhoneCipher,
            PhoneMasked = phone.Length > 0 ? Masking.Phone(phone) : account.PhoneMasked,
            WorkKind = request.WorkKind,
            Employer = employer.Length > 0 ? employer : null,
            ConsentAt = now,
            ConsentVersion = MembershipOptions.ConsentVersion,
            Status = ApplicationStatus.Pending,
            SubmittedAt = now,
            DueOn = calendar.AddWorkingDays(time.LocalToday(), options.Value.ReviewWorkingDays),
        };
        db.MembershipApplications.Add(application);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // A parallel submit (this worker's, or another with the same ID number) won the filtered index.
            db.ChangeTracker.Clear();
            return await RefusedAsync(userId, lookup, ct) ?? MembershipProblems.ApplicationOpen;
        }
        return new MyApplication(application.Id, union.Name, application.WorkKind.Chinese(), application.Employer, application.IdMasked,
            application.Status, application.Status.Chinese(), application.SubmittedAt, application.DueOn, null);
    }

    private async Task<AppProblem?> RefusedAsync(Guid userId, string lookup, CancellationToken ct)
    {
        if (await db.Members.AnyAsync(m => m.UserId == userId, ct))
        {
            return MembershipProblems.AlreadyMember;
        }
        if (await db.MembershipApplications.AnyAsync(a => a.UserId == userId && a.Status == ApplicationStatus.Pending, ct))
        {
            return MembershipProblems.ApplicationOpen;
        }
        if (await db.Members.AnyAsync(m => m.IdLookup == lookup, ct)
            || await db.MembershipApplications.AnyAsync(a => a.IdLookup == lookup && a.Status == ApplicationStatus.Pending, ct))
        {
            return MembershipProblems.IdNumberInUse;
        }
        return null;
    }
}
