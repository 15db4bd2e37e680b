using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Membership;

/// <summary>
/// A union member (会员), made when an application is approved. The member number is given once and kept through
/// transfers; <see cref="UnionId"/> is the union the member belongs to now, and so whose staff see it.
/// </summary>
public sealed class Member : IAudited
{
    public int Id { get; set; }
    public Guid UserId { get; set; }
    public int UnionId { get; set; }
    public int ApplicationId { get; set; }
    public string MemberNumber { get; set; } = "";
    public int NumberUnionId { get; set; }
    public int Year { get; set; }
    public int Serial { get; set; }
    public string RealName { get; set; } = "";

    [NotAudited]
    public string IdCipher { get; set; } = "";

    [NotAudited]
    public string IdLookup { get; set; } = "";

    public string IdMasked { get; set; } = "";
    public string? PhoneMasked { get; set; }
    public WorkKind WorkKind { get; set; }
    public string? Employer { get; set; }
    public DateTimeOffset JoinedAt { get; set; }

    [NotAudited]
    public string VerificationCode { get; set; } = "";

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => MemberNumber;
}

/// <summary>A move of a member from one union to another (转会); the history shown as 会籍记录.</summary>
public sealed class MemberTransfer
{
    public int Id { get; set; }
    public int MemberId { get; set; }
    public int FromUnionId { get; set; }
    public int ToUnionId { get; set; }
    public string FromUnionName { get; set; } = "";
    public string ToUnionName { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public Guid ByUserId { get; set; }
    public string ByName { get; set; } = "";
    public string Reason { get; set; } = "";
}

/// <summary>The last member serial a union gave in a year; advanced by one conditional statement.</summary>
public sealed class MemberSequence
{
    public int UnionId { get; set; }
    public int Year { get; set; }
    public int Last { get; set; }
}
