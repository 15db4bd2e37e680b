using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Counselling;

/// <summary>The worker's phone in full.</summary>
/// <param name="Phone">The phone, or null when the worker left none.</param>
public sealed record ContactDetails(string? Phone);

/// <summary>"查看联系方式": the owner counsellor sees the phone unmasked; each time is logged.</summary>
public sealed class RevealContact(DeskAccess access, PersonalDataProtector protector)
{
    public async Task<Outcome<ContactDetails>> HandleAsync(int id, CancellationToken ct)
    {
        var opened = await access.OpenAsync(id, nameof(CounsellingBooking), ct);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }
        await access.ViewedAsync(opened.Value, nameof(CounsellingBooking), id, ct);
        var cipher = opened.Value.Booking.ContactPhoneCipher;
        return new ContactDetails(cipher is null ? null : protector.Decrypt(cipher));
    }
}
