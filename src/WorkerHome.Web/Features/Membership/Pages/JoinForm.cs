namespace WorkerHome.Features.Membership.Pages;

/// <summary>The apply form's fields (settable, for form binding); the handler gets an <see cref="ApplyRequest"/>.</summary>
public sealed class JoinForm
{
    public string? RealName { get; set; }
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }
    public WorkKind? WorkKind { get; set; }
    public string? Employer { get; set; }
    public int? UnionId { get; set; }
    public bool Consent { get; set; }

    public ApplyRequest ToRequest() => new()
    {
        RealName = RealName, IdNumber = IdNumber, Phone = Phone, WorkKind = WorkKind ?? (Membership.WorkKind)(-1), Employer = Employer,
        UnionId = UnionId ?? 0, Consent = Consent,
    };
}
