using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Counselling;

/// <summary>The counsellor's session notes.</summary>
public sealed record SessionNoteInput
{
    /// <summary>The text; only this counsellor will read it.</summary>
    [Required(ErrorMessage = "请填写会谈记录")]
    [StringLength(CounsellingNote.MaxTextLength, MinimumLength = 1, ErrorMessage = "会谈记录为 1 到 4000 字")]
    public string Text { get; init; } = "";

    /// <summary>The version the edit is based on; 0 for the first save.</summary>
    public int Version { get; init; }
}

/// <summary>The saved notes' new version.</summary>
/// <param name="Version">Send it back with the next edit.</param>
public sealed record SessionNoteSaved(int Version);

/// <summary>The owner counsellor writes or edits its notes once the talk has begun; an edit on an old version is refused.</summary>
public sealed class SaveSessionNote(AppDbContext db, DeskAccess access, PersonalDataProtector protector, TimeProvider time)
{
    public async Task<Outcome<SessionNoteSaved>> HandleAsync(int bookingId, SessionNoteInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Text?.Trim() ?? "";
        if (text.Length is 0 or > CounsellingNote.MaxTextLength)
        {
            return CommonProblems.Field("text", "会谈记录为 1 到 4000 字");
        }
        var opened = await access.OpenAsync(bookingId, nameof(CounsellingNote), ct);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }
        var (booking, slot, counsellor) = opened.Value;
        var now = time.GetUtcNow();
        if (slot.StartsAt > now || booking.Status == CounsellingBookingStatus.Cancelled)
        {
            return CounsellingProblems.NotYetStarted;
        }
        var cipher = protector.Encrypt(text);
        if (input.Version == 0)
        {
            db.CounsellingNotes.Add(new CounsellingNote
            {
                BookingId = bookingId, CounsellorId = counsellor.Id, TextCipher = cipher, Version = 1, CreatedAt = now, UpdatedAt = now,
            });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (Infrastructure.Persistence.DbErrors.IsUniqueViolation(e))
            {
                return CommonProblems.StaleVersion;
            }
            return new SessionNoteSaved(1);
        }
        var saved = await db.CounsellingNotes
            .Where(n => n.BookingId == bookingId && n.CounsellorId == counsellor.Id && n.Version == input.Version)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.TextCipher, cipher).SetProperty(n => n.UpdatedAt, now).SetProperty(n => n.Version, n => n.Version + 1), ct);
        return saved == 1 ? new SessionNoteSaved(input.Version + 1) : CommonProblems.StaleVersion;
    }
}
