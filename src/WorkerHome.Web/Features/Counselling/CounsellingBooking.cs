namespace WorkerHome.Features.Counselling;

/// <summary>
/// A worker's booking of a slot under an alias (化名). The worker's identity is <see cref="WorkerId"/>; only the
/// slot's counsellor ever sees who it is. Not an audited aggregate: its before/after would put the alias and the
/// person side by side in the operation log; every reading goes through AccessAudit instead.
/// </summary>
public sealed class CounsellingBooking
{
    public const int MaxAliasLength = 20;
    public const int MaxNoteLength = 500;

    public int Id { get; set; }
    public int SlotId { get; set; }

    /// <summary>
    /// The slot while the booking holds it, null once cancelled: a unique index on it lets a slot have one live
    /// booking only, whatever the number of nodes taking bookings at once.
    /// </summary>
    public int? ActiveSlotId { get; set; }

    public Guid WorkerId { get; set; }
    public string Alias { get; set; } = "";
    public CounsellingTopic Topic { get; set; }

    /// <summary>The worker's note to the counsellor, encrypted with PersonalDataProtector.</summary>
    public string? NoteCipher { get; set; }

    public ContactPreference ContactPreference { get; set; }

    /// <summary>The phone to reach the worker on, encrypted; shown only to the counsellor.</summary>
    public string? ContactPhoneCipher { get; set; }

    public string? ContactPhoneMasked { get; set; }

    /// <summary>The note held a crisis word: the worker was shown the hotline, the counsellor sees the booking first.</summary>
    public bool CrisisFlag { get; set; }

    public CounsellingBookingStatus Status { get; set; } = CounsellingBookingStatus.Booked;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
}
