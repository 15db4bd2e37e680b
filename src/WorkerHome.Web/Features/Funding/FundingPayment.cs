namespace WorkerHome.Features.Funding;

/// <summary>A payment out of a funding line, tied to the project milestone it pays for.</summary>
public sealed class FundingPayment
{
    public int Id { get; set; }
    public int LineId { get; set; }
    public int ProjectId { get; set; }
    public int MilestoneId { get; set; }
    public long AmountFen { get; set; }
    public DateOnly PaidOn { get; set; }

    /// <summary>凭证号: the accounting voucher the payment was booked under.</summary>
    public string? Voucher { get; set; }

    public Guid RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
