using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.ChildCare;

/// <summary>
/// A guardian's enrolment of one child in a care class. The guardian's phone and the child's health notes are
/// personal data: stored encrypted, shown masked, and read in full only by the class's staff (each reading logged).
/// </summary>
public sealed class CareEnrolment : IAudited
{
    public int Id { get; set; }
    public int ClassId { get; set; }

    /// <summary>Copied from the class so scope filters need no join.</summary>
    public int UnionId { get; set; }

    public Guid GuardianId { get; set; }
    public string ChildName { get; set; } = "";
    public DateOnly ChildBirthDate { get; set; }

    [NotAudited]
    public string GuardianPhoneCipher { get; set; } = "";

    public string GuardianPhoneMasked { get; set; } = "";

    [NotAudited]
    public string? HealthNotesCipher { get; set; }

    public DateTimeOffset ConsentGivenAt { get; set; }
    public string ConsentVersion { get; set; } = "";
    public EnrolmentStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? EnrolledAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? EndReason { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => $"托管报名 #{Id}";
}
