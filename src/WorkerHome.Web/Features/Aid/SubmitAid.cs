using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Aid;

/// <summary>What an application for hardship aid holds.</summary>
public sealed class AidRequest
{
    /// <summary>Real name as on the ID card.</summary>
    public string? RealName { get; set; }

    /// <summary>Resident ID number (18 characters, checked with its check character).</summary>
    public string? IdNumber { get; set; }

    /// <summary>Mobile phone; for a worker the account's phone when left empty.</summary>
    public string? Phone { get; set; }

    /// <summary>The grassroots (or township) union applied to.</summary>
    public int UnionId { get; set; }

    /// <summary>Household members, 1 to 10, the applicant included.</summary>
    public List<HouseholdMemberInput>? Household { get; set; }

    /// <summary>One or more of Illness, Disability, Disaster, Other.</summary>
    public List<AidCause>? Causes { get; set; }

    /// <summary>What happened (5–500 characters).</summary>
    public string? CauseDescription { get; set; }

    /// <summary>Optional health note (kept encrypted).</summary>
    public string? HealthNote { get; set; }

    /// <summary>Requested amount in fen: more than 0, at most Aid:MaxAmountFen.</summary>
    public long RequestedFen { get; set; }

    /// <summary>The separate, explicit consent to collecting household income and health data.</summary>
    public bool Consent { get; set; }
}

/// <summary>
/// A worker applies (or staff enter an application for a worker, inside their scope). One open application per ID
/// number and one not-rejected per ID number and year: the check answers clearly, two filtered unique indexes hold it
/// under concurrent submits. Income and health are stored encrypted only.
/// </summary>
public sealed class SubmitAid(AppDbContext db, CurrentUser current, DataScope scope, PersonalDataProtector protector, OperationLogWriter log,
    IOptions<AidOptions> options, TimeProvider time)
{
    public async Task<Outcome<int>> HandleAsync(AidRequest request, bool byStaff, CancellationToken ct)
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
        else if (byStaff && string.IsNullOrWhiteSpace(request.Phone))
        {
            Error("phone", "请填写申请人的手机号");
        }
        var household = new List<HouseholdMember>();
        if (request.Household is not { Count: >= 1 and <= 10 })
        {
            Error("household", "请填写家庭成员（1–10人，含本人）");
        }
        else
        {
            for (var i = 0; i < request.Household.Count; i++)
            {
                // A null entry ([null] in the JSON) is a member with nothing filled in.
                var m = request.Household[i] ?? new HouseholdMemberInput();
                var memberName = m.Name?.Trim() ?? "";
                var relation = m.Relation?.Trim() ?? "";
                if (memberName.Length is < 1 or > 20 || relation.Length is < 1 or > 10 || m.Age is < 0 or > 120 || m.IncomeFen is < 0 or > 100_000_000)
                {
                    Error(string.Create(CultureInfo.InvariantCulture, $"household[{i}]"), "请填写家庭成员的姓名、关系、年龄（0–120）和月收入（不为负）");
                }
                household.Add(new HouseholdMember(memberName, relation, m.Age, m.IncomeFen));
            }
        }
        var causes = (request.Causes ?? []).Aggregate(AidCause.None, (all, c) => all | c);
        if (causes == AidCause.None || (request.Causes ?? []).Any(c => c is not (AidCause.Illness or AidCause.Disability or AidCause.Disaster or AidCause.Other)))
        {
            Error("causes", "请选择致困原因（因病、因残、因灾、其他，可多选）");
        }
        var description = request.CauseDescription?.Trim() ?? "";
        if (description.Length is < 5 or > 500)
        {
            Error("causeDescription", "请说明困难情况（5–500个字）");
        }
        var health = request.HealthNote?.Trim() ?? "";
        if (health.Length > 500)
        {
            Error("healthNote", "健康情况不超过500个字");
        }
        var max = options.Value.MaxAmountFen;
        if (request.RequestedFen <= 0 || request.RequestedFen > max)
        {
            Error("requestedFen", $"申请金额须大于0且不超过 {max / 100m:0.##} 元");
        }
        if (!request.Consent)
        {
            Error("consent", "请阅读并同意为办理帮扶收集家庭收入和健康信息");
        }
        var chain = await AidChain.FindAsync(db, request.UnionId, ct);
        if (chain is null)
        {
            Error("unionId", "请选择所在的基层工会（没有基层工会的选乡镇（街道）工会）");
        }
        if (problem is not null)
        {
            return problem;
        }
        if (byStaff && !await scope.CoversUnionAsync(chain!.UnionId, ct))
        {
            return CommonProblems.Field("unionId", "只能为本级及下级工会录入申请");
        }

        var lookup = protector.Lookup(idNumber);
        var now = time.GetUtcNow();
        var year = ChinaTime.ToLocal(now).Year;
        if (await DuplicateAsync(lookup, year, ct))
        {
            return AidProblems.Duplicate;
        }
        if (phone.Length == 0)
        {
            var account = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.PhoneCipher).SingleAsync(ct);
            phone = account is null ? "" : protector.Decrypt(account);
        }
        var total = household.Sum(m => m.IncomeFen);
        var perCapita = total / household.Count;
        var income = string.Create(CultureInfo.InvariantCulture,
            $"家庭月收入 {total / 100m:0.00} 元，{household.Count} 人，人均 {perCapita / 100m:0.00} 元；")
            + string.Join("；", household.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Name}（{m.Relation}，{m.Age}岁）{m.IncomeFen / 100m:0.00} 元")));
        var application = new AidApplication
        {
            UserId = byStaff ? null : userId,
            EnteredBy = byStaff ? userId : null,
            UnionId = chain!.UnionId,
            CountyUnionId = chain.CountyUnionId,
            CityUnionId = chain.CityUnionId,
            RealName = name,
            IdCipher = protector.Encrypt(idNumber),
            IdLookup = lookup,
            IdMasked = Masking.IdNumber(idNumber),
            PhoneCipher = phone.Length > 0 ? protector.Encrypt(phone) : "",
            PhoneMasked = phone.Length > 0 ? Masking.Phone(phone) : "",
            HouseholdSize = household.Count,
            HouseholdCipher = protector.Encrypt(JsonSerializer.Serialize(household)),
            IncomeCipher = protector.Encrypt(income),
            Causes = causes,
            CauseDescription = description,
            HealthCipher = health.Length > 0 ? protector.Encrypt(health) : null,
            RequestedFen = request.RequestedFen,
            ConsentAt = now,
            ConsentVersion = AidOptions.ConsentVersion,
            Year = year,
            Status = AidStatus.Reviewing,
            Level = AidLevel.Grassroots,
            SubmittedAt = now,
        };
        db.AidApplications.Add(application);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // A parallel submit with the same ID number won the filtered index.
            db.ChangeTracker.Clear();
            return AidProblems.Duplicate;
        }
        if (byStaff)
        {
            log.Add(OperationKind.Created, nameof(AidApplication), AidAccess.Key(application.Id), application.IdMasked, application.UnionId,
                null, new { application.RequestedFen, Entered = true });
            await db.SaveChangesAsync(ct);
        }
        return application.Id;
    }

    private Task<bool> DuplicateAsync(string lookup, int year, CancellationToken ct) =>
        db.AidApplications.AnyAsync(a => a.IdLookup == lookup
            && (a.Status == AidStatus.Reviewing || (a.Year == year && (a.Status == AidStatus.OnNotice || a.Status == AidStatus.Paid))), ct);
}
