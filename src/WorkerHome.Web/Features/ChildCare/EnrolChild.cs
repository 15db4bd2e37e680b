using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.ChildCare;

/// <summary>A guardian's enrolment form.</summary>
public sealed record EnrolmentInput
{
    /// <summary>The child's name.</summary>
    [Required(ErrorMessage = "请填写孩子姓名")]
    [StringLength(20, ErrorMessage = "姓名不能超过20个字")]
    public string ChildName { get; set; } = "";

    /// <summary>The child's birth date (the age on the class's first day must fit its range).</summary>
    [Required(ErrorMessage = "请填写孩子的出生日期")]
    public DateOnly? ChildBirthDate { get; set; }

    /// <summary>A phone the guardian answers during care hours.</summary>
    [Required(ErrorMessage = "请填写监护人手机号")]
    [StringLength(20, ErrorMessage = "手机号格式不正确")]
    public string GuardianPhone { get; set; } = "";

    /// <summary>Allergies and health notes (optional; stored encrypted, read only by the class's staff).</summary>
    [StringLength(500, ErrorMessage = "健康与过敏情况不能超过500个字")]
    public string? HealthNotes { get; set; }

    /// <summary>The guardian agrees to the consent shown with the class (must be true).</summary>
    [Range(typeof(bool), "true", "true", ErrorMessage = "请阅读并同意监护人知情同意书")]
    public bool Consent { get; set; }
}

/// <summary>An enrolment's outcome: enrolled, or waiting at a position.</summary>
public sealed record EnrolmentResult(int Id, int ClassId, EnrolmentStatus Status, string StatusText, int? Position);

/// <summary>
/// A guardian enrols a child. The class's taken count is raised by one conditional statement in the same transaction
/// as the enrolment row, so concurrent guardians never get more places than there are; the others wait, in the order
/// they arrived, until the waiting list is full.
/// </summary>
public sealed class EnrolChild(AppDbContext db, CurrentUser user, PersonalDataProtector protector, TimeProvider time, IOptions<ChildCareOptions> options)
{
    public async Task<Outcome<EnrolmentResult>> HandleAsync(int classId, EnrolmentInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var care = await db.CareClasses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == classId && c.Status != CareClassStatus.Draft, ct);
        if (care is null)
        {
            return ChildCareProblems.ClassNotFound;
        }
        var now = time.GetUtcNow();
        if (!care.AcceptsEnrolmentAt(now))
        {
            return ChildCareProblems.NotOpen.WithDetail(care.Status == CareClassStatus.Open && now < care.EnrolmentOpensAt
                ? "报名尚未开始" : $"“{care.Title}”当前{EnumText.Chinese(care.Status)}，不接受报名");
        }
        if (!input.Consent)
        {
            return CommonProblems.Field("consent", "请阅读并同意监护人知情同意书");
        }
        if (!PhoneNumbers.TryNormalize(input.GuardianPhone, out var phone))
        {
            return CommonProblems.Field("guardianPhone", "请填写11位手机号");
        }
        var name = input.ChildName.Trim();
        if (name.Length == 0)
        {
            return CommonProblems.Field("childName", "请填写孩子姓名");
        }
        var birth = input.ChildBirthDate!.Value;
        var age = CareClass.AgeOn(birth, care.FirstDay);
        if (birth > care.FirstDay || age < care.MinAge || age > care.MaxAge)
        {
            return ChildCareProblems.ChildAgeOutOfRange.WithError("childBirthDate",
                $"开班时孩子{Math.Max(age, 0)}岁，本班招收{care.MinAge}至{care.MaxAge}岁的孩子");
        }
        if (await db.CareEnrolments.AnyAsync(e => e.ClassId == classId && e.GuardianId == userId && e.ChildName == name
                && e.ChildBirthDate == birth && (e.Status == EnrolmentStatus.Enrolled || e.Status == EnrolmentStatus.Waitlisted), ct))
        {
            return ChildCareProblems.ChildAlreadyEnrolled.WithError("childName", $"{name}已报名此班");
        }

        var enrolment = new CareEnrolment
        {
            ClassId = classId,
            UnionId = care.UnionId,
            GuardianId = userId,
            ChildName = name,
            ChildBirthDate = birth,
            GuardianPhoneCipher = protector.Encrypt(phone),
            GuardianPhoneMasked = Masking.Phone(phone),
            HealthNotesCipher = string.IsNullOrWhiteSpace(input.HealthNotes) ? null : protector.Encrypt(input.HealthNotes.Trim()),
            ConsentGivenAt = now,
            ConsentVersion = CareConsent.Version,
            CreatedAt = now,
        };
        var outcome = options.Value.UnguardedForTests
            ? await UnguardedAsync(enrolment, ct)
            : await db.InTransactionAsync<Done>(async token =>
            {
                var placed = await db.CareClasses.Where(c => c.Id == classId && c.Status == CareClassStatus.Open && c.Enrolled < c.Capacity)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Enrolled, c => c.Enrolled + 1), token);
                if (placed == 0)
                {
                    var waiting = await db.CareClasses.Where(c => c.Id == classId && c.Status == CareClassStatus.Open && c.Waitlisted < c.WaitlistLimit)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.Waitlisted, c => c.Waitlisted + 1), token);
                    if (waiting == 0)
                    {
                        return await db.CareClasses.AnyAsync(c => c.Id == classId && c.Status == CareClassStatus.Open, token)
                            ? ChildCareProblems.WaitlistFull
                            : ChildCareProblems.NotOpen;
                    }
                }
                return await SaveAsync(enrolment, placed == 1, token);
            }, ct);
        if (!outcome.Succeeded)
        {
            return outcome.Problem;
        }
        int? position = enrolment.Status == EnrolmentStatus.Waitlisted
            ? await db.CareEnrolments.CountAsync(e => e.ClassId == classId && e.Status == EnrolmentStatus.Waitlisted && e.Id <= enrolment.Id, ct)
            : null;
        return new EnrolmentResult(enrolment.Id, classId, enrolment.Status, EnumText.Chinese(enrolment.Status), position);
    }

    private async Task<Outcome<Done>> SaveAsync(CareEnrolment enrolment, bool placed, CancellationToken ct)
    {
        enrolment.Status = placed ? EnrolmentStatus.Enrolled : EnrolmentStatus.Waitlisted;
        enrolment.EnrolledAt = placed ? enrolment.CreatedAt : null;
        db.CareEnrolments.Add(enrolment);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return ChildCareProblems.ChildAlreadyEnrolled.WithError("childName", $"{enrolment.ChildName}已报名此班");
        }
        return Done.Value;
    }

    /// <summary>
    /// The control for the concurrency test (Testing only): read the counts, decide in memory, write the sums back.
    /// Each write stays within the places, so the check constraint never objects; concurrent guardians overwrite each
    /// other's count and together get more places than the class has.
    /// </summary>
    private async Task<Outcome<Done>> UnguardedAsync(CareEnrolment enrolment, CancellationToken ct)
    {
        var read = await db.CareClasses.AsNoTracking().Where(c => c.Id == enrolment.ClassId)
            .Select(c => new { c.Enrolled, c.Capacity, c.Waitlisted, c.WaitlistLimit }).SingleAsync(ct);
        var placed = read.Enrolled < read.Capacity;
        if (!placed && read.Waitlisted >= read.WaitlistLimit)
        {
            return ChildCareProblems.WaitlistFull;
        }
        var saved = await SaveAsync(enrolment, placed, ct);
        if (!saved.Succeeded)
        {
            return saved;
        }
        await (placed
            ? db.CareClasses.Where(c => c.Id == enrolment.ClassId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Enrolled, read.Enrolled + 1), ct)
            : db.CareClasses.Where(c => c.Id == enrolment.ClassId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Waitlisted, read.Waitlisted + 1), ct));
        return Done.Value;
    }
}
