using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Counselling;

/// <summary>Whether the worker came.</summary>
public sealed record OutcomeInput
{
    /// <summary>true: 已完成; false: 未到.</summary>
    [Required(ErrorMessage = "请选择是否到场")]
    public bool? Attended { get; init; }
}

/// <summary>The owner counsellor marks a begun talk 已完成 or 未到.</summary>
public sealed class RecordOutcome(AppDbContext db, DeskAccess access, TimeProvider time)
{
    public async Task<Outcome<Done>> HandleAsync(int bookingId, OutcomeInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Attended is not { } attended)
        {
            return CommonProblems.Field("attended", "请选择是否到场");
        }
        var opened = await access.OpenAsync(bookingId, nameof(CounsellingBooking), ct);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }
        var now = time.GetUtcNow();
        if (opened.Value.Slot.StartsAt > now)
        {
            return CounsellingProblems.NotYetStarted;
        }
        var status = attended ? CounsellingBookingStatus.Completed : CounsellingBookingStatus.NoShow;
        var marked = await db.CounsellingBookings.Where(b => b.Id == bookingId && b.Status == CounsellingBookingStatus.Booked)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, status).SetProperty(b => b.ClosedAt, now), ct);
        return marked == 1 ? Done.Value : CounsellingProblems.BookingClosed;
    }
}
