using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.RightsCases;

/// <summary>What every case holds, however it comes in.</summary>
public record RightsCaseInput
{
    /// <summary>UnpaidWages (欠薪), Contract (劳动合同), WorkInjury (工伤), Dismissal (解除劳动关系), SocialInsurance (社会保险), Other (其他).</summary>
    [Required(ErrorMessage = "请选择诉求类别")]
    public RightsCategory? Category { get; init; }

    /// <summary>The employer's name.</summary>
    [Required(ErrorMessage = "请填写用人单位名称")]
    [StringLength(RightsCase.MaxEmployerLength, ErrorMessage = "用人单位名称不超过 100 个字")]
    public string EmployerName { get; init; } = "";

    /// <summary>What happened, 10 to 2000 characters.</summary>
    [Required(ErrorMessage = "请说明情况")]
    [StringLength(RightsCase.MaxDescriptionLength, MinimumLength = RightsCase.MinDescriptionLength, ErrorMessage = "情况说明为 10 到 2000 个字")]
    public string Description { get; init; } = "";

    /// <summary>The amount in dispute in fen (分); optional, at least 0.</summary>
    [Range(0, long.MaxValue, ErrorMessage = "涉及金额不能为负数")]
    public long? AmountFen { get; init; }

    /// <summary>The union to handle the case (a county or township union); or give the site instead.</summary>
    public int? UnionId { get; init; }

    /// <summary>A site whose union handles the case.</summary>
    public int? SiteId { get; init; }

    /// <summary>The phone to reach the person on (the account's own when left empty online).</summary>
    [StringLength(20, ErrorMessage = "手机号格式不正确")]
    public string? Phone { get; init; }

    /// <summary>The person agrees that the union handles the personal data given here for this case.</summary>
    [Range(typeof(bool), "true", "true", ErrorMessage = "请同意为办理本诉求处理您的个人信息")]
    public bool Consent { get; init; }
}

/// <summary>
/// Checks and numbers new cases: the rules shared by online submission and walk-in entry, the deadlines
/// (acknowledge within N working days, close within N calendar days) and the case number from the year's sequence row.
/// </summary>
public sealed class CaseIntake(AppDbContext db, PersonalDataProtector protector, IOptions<RightsCasesOptions> options)
{
    /// <summary>Field errors of the shared fields, and the union the case goes to.</summary>
    public async Task<(AppProblem? Problem, int UnionId, string? Phone)> CheckAsync(RightsCaseInput input, AppProblem? problem, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Category is null || !Enum.IsDefined(input.Category.Value))
        {
            problem = (problem ?? CommonProblems.Validation).WithError("category", "请选择诉求类别：欠薪、劳动合同、工伤、解除劳动关系、社会保险或其他");
        }
        var employer = input.EmployerName?.Trim() ?? "";
        if (employer.Length is 0 or > RightsCase.MaxEmployerLength)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("employerName", "请填写用人单位名称（不超过 100 个字）");
        }
        var description = input.Description?.Trim() ?? "";
        if (description.Length is < RightsCase.MinDescriptionLength or > RightsCase.MaxDescriptionLength)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("description", "情况说明为 10 到 2000 个字");
        }
        if (input.AmountFen is < 0)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("amountFen", "涉及金额不能为负数");
        }
        if (!input.Consent)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("consent", "请同意为办理本诉求处理您的个人信息");
        }
        string? phone = null;
        if (!string.IsNullOrWhiteSpace(input.Phone))
        {
            if (PhoneNumbers.TryNormalize(input.Phone, out var normalized))
            {
                phone = normalized;
            }
            else
            {
                problem = (problem ?? CommonProblems.Validation).WithError("phone", "手机号格式不正确");
            }
        }
        var unionId = 0;
        if (input.SiteId is { } siteId)
        {
            unionId = await db.Sites.Where(s => s.Id == siteId).Select(s => (int?)s.UnionId).FirstOrDefaultAsync(ct) ?? 0;
            if (unionId == 0)
            {
                problem = (problem ?? CommonProblems.Validation).WithError("siteId", "未找到该阵地");
            }
        }
        else if (input.UnionId is { } chosen
            && await db.Unions.AnyAsync(u => u.Id == chosen && (u.Level == UnionLevel.County || u.Level == UnionLevel.Township), ct))
        {
            unionId = chosen;
        }
        else
        {
            problem = (problem ?? CommonProblems.Validation).WithError("unionId", "请选择受理的县区或乡镇（街道）工会");
        }
        return (problem, unionId, phone);
    }

    /// <summary>A new case with the shared fields, its deadlines counted from <paramref name="receivedOn"/>.</summary>
    public async Task<RightsCase> NewAsync(RightsCaseInput input, int unionId, string phone, DateTimeOffset now, DateOnly receivedOn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var calendar = await ChineseCalendar.LoadAsync(db, ct);
        return new RightsCase
        {
            Category = input.Category!.Value,
            EmployerName = input.EmployerName.Trim(),
            Description = input.Description.Trim(),
            AmountFen = input.AmountFen,
            UnionId = unionId,
            SiteId = input.SiteId,
            PhoneCipher = protector.Encrypt(phone),
            PhoneMasked = Masking.Phone(phone),
            ConsentAt = now,
            SubmittedAt = now,
            AcknowledgeBy = calendar.AddWorkingDays(receivedOn, options.Value.AcknowledgeWorkingDays),
            CloseBy = receivedOn.AddDays(options.Value.CloseDays),
            Version = 1,
        };
    }

    /// <summary>Numbers and saves the case with its first step, in one transaction (or unguarded, for the control test).</summary>
    public async Task<Outcome<RightsCase>> SaveAsync(RightsCase rightsCase, RightsCaseStep first, Action? beforeCommit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rightsCase);
        ArgumentNullException.ThrowIfNull(first);
        var year = ChinaTime.ToLocal(rightsCase.SubmittedAt).Year;
        rightsCase.Year = year;
        if (options.Value.UnguardedForTests)
        {
            rightsCase.Serial = (await db.RightsCases.Where(c => c.Year == year).MaxAsync(c => (int?)c.Serial, ct) ?? 0) + 1;
            return await InsertAsync(rightsCase, first, beforeCommit, ct);
        }
        await EnsureSequenceAsync(year, ct);
        return await db.InTransactionAsync<RightsCase>(async token =>
        {
            // The update's row lock is held to commit: a concurrent submission waits here and then reads the next serial.
            await db.RightsCaseSequences.Where(s => s.Year == year).ExecuteUpdateAsync(s => s.SetProperty(x => x.Last, x => x.Last + 1), token);
            rightsCase.Serial = await db.RightsCaseSequences.Where(s => s.Year == year).Select(s => s.Last).SingleAsync(token);
            return await InsertAsync(rightsCase, first, beforeCommit, token);
        }, ct);
    }

    public static string NumberOf(int year, int serial) => string.Create(CultureInfo.InvariantCulture, $"WQ{year}{serial:00000}");

    private async Task<Outcome<RightsCase>> InsertAsync(RightsCase rightsCase, RightsCaseStep first, Action? beforeCommit, CancellationToken ct)
    {
        rightsCase.Number = NumberOf(rightsCase.Year, rightsCase.Serial);
        db.RightsCases.Add(rightsCase);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return RightsCasesProblems.NumberTaken;
        }
        first.CaseId = rightsCase.Id;
        db.RightsCaseSteps.Add(first);
        beforeCommit?.Invoke();
        await db.SaveChangesAsync(ct);
        return rightsCase;
    }

    /// <summary>The year's sequence row, created once; a concurrent creator's row is as good as ours.</summary>
    private async Task EnsureSequenceAsync(int year, CancellationToken ct)
    {
        if (await db.RightsCaseSequences.AnyAsync(s => s.Year == year, ct))
        {
            return;
        }
        db.RightsCaseSequences.Add(new RightsCaseSequence { Year = year });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another submission created it first.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
