using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Counselling;

/// <summary>A worker's booking of a slot.</summary>
public sealed record BookingInput
{
    /// <summary>化名: what the site and the counsellor call the worker; 1 to 20 characters.</summary>
    [Required(ErrorMessage = "请填写化名")]
    [StringLength(CounsellingBooking.MaxAliasLength, MinimumLength = 1, ErrorMessage = "化名为 1 到 20 个字")]
    public string Alias { get; init; } = "";

    /// <summary>情绪压力 (Stress), 婚恋家庭 (Family), 职场关系 (Workplace), 亲子教育 (Parenting), 其他 (Other).</summary>
    [Required(ErrorMessage = "请选择咨询主题")]
    public CounsellingTopic? Topic { get; init; }

    /// <summary>Anything the worker wants the counsellor to know first; only the counsellor reads it.</summary>
    [StringLength(CounsellingBooking.MaxNoteLength, ErrorMessage = "留言不超过 500 字")]
    public string? Note { get; init; }

    /// <summary>电话联系 (Phone) or 站内消息 (Message).</summary>
    [Required(ErrorMessage = "请选择联系方式")]
    public ContactPreference? ContactPreference { get; init; }

    /// <summary>The phone to call, when it is not the account's own.</summary>
    [StringLength(20, ErrorMessage = "手机号格式不正确")]
    public string? ContactPhone { get; init; }

    /// <summary>The worker read and accepts the privacy promise.</summary>
    [Range(typeof(bool), "true", "true", ErrorMessage = "请阅读并同意隐私说明")]
    public bool Consent { get; init; }
}

/// <summary>What the worker sees right after booking.</summary>
/// <param name="Id">The booking.</param>
/// <param name="Slot">The slot booked.</param>
/// <param name="Alias">The alias used.</param>
/// <param name="CrisisFlag">The note held a crisis word.</param>
/// <param name="Hotline">The hotline to call now, when flagged.</param>
public sealed record BookingConfirmation(int Id, CounsellingSlotItem Slot, string Alias, bool CrisisFlag, string? Hotline);

/// <summary>
/// A worker books a slot under an alias. A slot holds one live booking, guarded by the unique index on
/// <see cref="CounsellingBooking.ActiveSlotId"/>; a note with a crisis word flags the booking, tells the counsellor
/// at once and answers with the hotline.
/// </summary>
public sealed class BookSlot(AppDbContext db, CurrentUser user, TimeProvider time, PersonalDataProtector protector, CrisisWords crisis,
    Notifier notifier, IOptions<CounsellingOptions> options)
{
    public async Task<Outcome<BookingConfirmation>> HandleAsync(int slotId, BookingInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var checkedInput = await CheckAsync(userId, input, ct);
        if (!checkedInput.Succeeded)
        {
            return checkedInput.Problem;
        }
        var now = time.GetUtcNow();
        var slot = await db.CounsellingSlots.AsNoTracking().Where(s => s.Id == slotId)
            .Select(s => new { s.Status, s.StartsAt, CounsellorUserId = db.Volunteers.Where(v => v.Id == s.CounsellorId).Select(v => v.UserId).First() })
            .FirstOrDefaultAsync(ct);
        if (slot is null)
        {
            return CounsellingProblems.SlotNotFound;
        }
        if (slot.Status != CounsellingSlotStatus.Open || slot.StartsAt <= now)
        {
            return CounsellingProblems.SlotClosed;
        }
        var (alias, phone) = checkedInput.Value;
        var booking = new CounsellingBooking
        {
            SlotId = slotId,
            ActiveSlotId = slotId,
            WorkerId = userId,
            Alias = alias,
            Topic = input.Topic!.Value,
            NoteCipher = string.IsNullOrWhiteSpace(input.Note) ? null : protector.Encrypt(input.Note.Trim()),
            ContactPreference = input.ContactPreference!.Value,
            ContactPhoneCipher = phone is null ? null : protector.Encrypt(phone),
            ContactPhoneMasked = phone is null ? null : Masking.Phone(phone),
            CrisisFlag = crisis.Matches(input.Note),
            CreatedAt = now,
        };

        var outcome = options.Value.UnguardedForTests
            ? await UnguardedAsync(booking, slot.CounsellorUserId, slot.StartsAt, now, ct)
            : await db.InTransactionAsync<Done>(async token =>
            {
                await PersonLocks.LockAsync(db, PersonLock.CounsellingBookings, userId, token);
                if (await TooManyAsync(userId, now, token))
                {
                    return CounsellingProblems.TooManyBookings;
                }
                // Withdrawn since the check above? The slot's row lock (held to commit) makes a withdrawal wait for
                // this booking, and makes this booking see a withdrawal that came first.
                if (!await SlotLock.LockOpenAsync(db, slotId, token))
                {
                    return CounsellingProblems.SlotClosed;
                }
                if (await db.CounsellingBookings.AnyAsync(b => b.ActiveSlotId == slotId, token))
                {
                    return CounsellingProblems.SlotTaken;
                }
                db.CounsellingBookings.Add(booking);
                try
                {
                    await db.SaveChangesAsync(token);
                }
                catch (DbUpdateException e) when (e.IsUniqueViolation())
                {
                    return CounsellingProblems.SlotTaken;
                }
                Tell(booking, slot.CounsellorUserId, slot.StartsAt, now);
                await db.SaveChangesAsync(token);
                return Done.Value;
            }, ct);
        if (!outcome.Succeeded)
        {
            return outcome.Problem;
        }
        var row = await CounsellingViews.Rows(db, db.CounsellingSlots.AsNoTracking().Where(s => s.Id == slotId)).SingleAsync(ct);
        return new BookingConfirmation(booking.Id, CounsellingViews.Item(row, now), booking.Alias, booking.CrisisFlag,
            booking.CrisisFlag ? options.Value.Hotline : null);
    }

    private async Task<Outcome<(string Alias, string? Phone)>> CheckAsync(Guid userId, BookingInput input, CancellationToken ct)
    {
        var alias = input.Alias?.Trim() ?? "";
        AppProblem? problem = null;
        if (alias.Length is 0 or > CounsellingBooking.MaxAliasLength)
        {
            problem = CommonProblems.Field("alias", "化名为 1 到 20 个字");
        }
        if (input.Topic is null || !Enum.IsDefined(input.Topic.Value))
        {
            problem = (problem ?? CommonProblems.Validation).WithError("topic", "请选择咨询主题");
        }
        if (input.Note is { Length: > CounsellingBooking.MaxNoteLength })
        {
            problem = (problem ?? CommonProblems.Validation).WithError("note", "留言不超过 500 字");
        }
        if (!input.Consent)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("consent", "请阅读并同意隐私说明");
        }
        string? phone = null;
        if (input.ContactPreference is null || !Enum.IsDefined(input.ContactPreference.Value))
        {
            problem = (problem ?? CommonProblems.Validation).WithError("contactPreference", "请选择联系方式");
        }
        else if (!string.IsNullOrWhiteSpace(input.ContactPhone))
        {
            if (PhoneNumbers.TryNormalize(input.ContactPhone, out var normalized))
            {
                phone = normalized;
            }
            else
            {
                problem = (problem ?? CommonProblems.Validation).WithError("contactPhone", "手机号格式不正确");
            }
        }
        else if (input.ContactPreference == ContactPreference.Phone)
        {
            var own = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.PhoneCipher).FirstOrDefaultAsync(ct);
            phone = own is null ? null : protector.Decrypt(own);
            if (phone is null)
            {
                problem = (problem ?? CommonProblems.Validation).WithError("contactPhone", "选择电话联系时请填写手机号");
            }
        }
        return problem is null ? (alias, phone) : problem;
    }

    private async Task<bool> TooManyAsync(Guid userId, DateTimeOffset now, CancellationToken ct) =>
        await db.CounsellingBookings.CountAsync(b => b.WorkerId == userId && b.Status == CounsellingBookingStatus.Booked
            && db.CounsellingSlots.Any(s => s.Id == b.SlotId && s.StartsAt > now), ct) >= options.Value.MaxUpcomingPerWorker;

    /// <summary>The control's booking: check in memory, then insert without the column the unique index guards.</summary>
    private async Task<Outcome<Done>> UnguardedAsync(CounsellingBooking booking, Guid counsellorUserId, DateTimeOffset startsAt, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.CounsellingBookings.AnyAsync(b => b.SlotId == booking.SlotId && b.Status != CounsellingBookingStatus.Cancelled, ct))
        {
            return CounsellingProblems.SlotTaken;
        }
        booking.ActiveSlotId = null;
        db.CounsellingBookings.Add(booking);
        await db.SaveChangesAsync(ct);
        Tell(booking, counsellorUserId, startsAt, now);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    private void Tell(CounsellingBooking booking, Guid counsellorUserId, DateTimeOffset startsAt, DateTimeOffset now)
    {
        var when = ChinaTime.FormatDateTime(startsAt, now);
        var link = $"/me/counselling/desk/bookings/{booking.Id}";
        if (booking.CrisisFlag)
        {
            notifier.Notify([counsellorUserId], "【请优先处理】新的心理咨询预约",
                $"化名「{booking.Alias}」预约了 {when} 的咨询，留言中有危机信号，请尽快联系。", link);
        }
        else
        {
            notifier.Notify([counsellorUserId], "新的心理咨询预约", $"化名「{booking.Alias}」预约了 {when} 的咨询。", link);
        }
    }
}
