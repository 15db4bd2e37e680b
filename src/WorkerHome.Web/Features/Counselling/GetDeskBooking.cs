using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Counselling;

/// <summary>A booking as its counsellor sees it: the person, the note, the session notes.</summary>
/// <param name="Id">The booking.</param>
/// <param name="Alias">The alias.</param>
/// <param name="PersonName">The worker's real name (the counsellor alone sees it).</param>
/// <param name="PhoneMasked">The contact phone, masked; "查看联系方式" shows it in full.</param>
/// <param name="ContactPreferenceName">How the worker wants to be reached.</param>
/// <param name="TopicName">The topic category.</param>
/// <param name="Note">The worker's note.</param>
/// <param name="CrisisFlag">The note held a crisis word.</param>
/// <param name="When">Start in Beijing time.</param>
/// <param name="StartsAt">Start (UTC).</param>
/// <param name="ModeName">The mode in Chinese.</param>
/// <param name="SiteName">The site of an in-person talk.</param>
/// <param name="Status">The booking's status.</param>
/// <param name="StatusName">The status in Chinese.</param>
/// <param name="SessionNote">The counsellor's session notes, if written.</param>
/// <param name="SessionNoteVersion">Their version (send it back with an edit); 0 when none.</param>
/// <param name="Started">Whether the talk has begun (outcome and notes can be recorded).</param>
public sealed record DeskBookingDetail(int Id, string Alias, string PersonName, string? PhoneMasked, string ContactPreferenceName, string TopicName,
    string? Note, bool CrisisFlag, string When, DateTimeOffset StartsAt, string ModeName, string? SiteName, CounsellingBookingStatus Status,
    string StatusName, string? SessionNote, int SessionNoteVersion, bool Started);

/// <summary>The owner counsellor opens a booking; the reading of the booking and of its notes is logged.</summary>
public sealed class GetDeskBooking(AppDbContext db, DeskAccess access, PersonalDataProtector protector, TimeProvider time)
{
    public async Task<Outcome<DeskBookingDetail>> HandleAsync(int id, CancellationToken ct)
    {
        var opened = await access.OpenAsync(id, nameof(CounsellingBooking), ct);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }
        var (booking, slot, _) = opened.Value;
        var person = await db.Users.AsNoTracking().Where(u => u.Id == booking.WorkerId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "";
        var note = await db.CounsellingNotes.AsNoTracking().FirstOrDefaultAsync(n => n.BookingId == id, ct);
        var site = slot.SiteId is null ? null : await db.Sites.AsNoTracking().Where(s => s.Id == slot.SiteId).Select(s => s.Name).FirstOrDefaultAsync(ct);
        await access.ViewedAsync(opened.Value, nameof(CounsellingBooking), booking.Id, ct);
        if (note is not null)
        {
            await access.ViewedAsync(opened.Value, nameof(CounsellingNote), note.Id, ct);
        }
        var now = time.GetUtcNow();
        return new DeskBookingDetail(booking.Id, booking.Alias, person, booking.ContactPhoneMasked, booking.ContactPreference.Chinese(),
            booking.Topic.Chinese(), booking.NoteCipher is null ? null : protector.Decrypt(booking.NoteCipher), booking.CrisisFlag,
            ChinaTime.FormatDateTime(slot.StartsAt, now), slot.StartsAt, slot.Mode.Chinese(), site, booking.Status, booking.Status.Chinese(),
            note is null ? null : protector.Decrypt(note.TextCipher), note?.Version ?? 0, slot.StartsAt <= now);
    }
}
