using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Membership;

/// <summary>A union a worker may apply to.</summary>
/// <param name="Id">The union.</param>
/// <param name="Name">Its name.</param>
/// <param name="Level">Township or grassroots.</param>
/// <param name="ParentName">The union above it (the county's, for a township union).</param>
public sealed record JoinableUnion(int Id, string Name, UnionLevel Level, string ParentName)
{
    public string Label => $"{ParentName} · {Name}";
}

/// <summary>The worker's own application.</summary>
public sealed record MyApplication(int Id, string UnionName, string WorkKindName, string? Employer, string IdMasked, ApplicationStatus Status,
    string StatusName, DateTimeOffset SubmittedAt, DateOnly DueOn, string? RejectReason);

/// <summary>The electronic member card (电子会员证) as its holder sees it.</summary>
public sealed record MemberCard(int MemberId, string RealName, string IdMasked, string UnionName, string MemberNumber, DateTimeOffset JoinedAt, string VerifyPath)
{
    public static string VerifyPathOf(string code) => "/membership/verify/" + Uri.EscapeDataString(code);
}

/// <summary>One line of 会籍记录: joining, or a transfer.</summary>
public sealed record MembershipRecord(DateTimeOffset At, string Kind, string FromUnionName, string ToUnionName, string? Reason);

/// <summary>What the worker sees at /me/membership: the latest application, and the card once a member.</summary>
public sealed record MyMembership(MyApplication? Application, MemberCard? Card, IReadOnlyList<MembershipRecord> Records);

/// <summary>What anyone may learn from a card's verification code.</summary>
public sealed record MemberCheck(bool Valid, string Status, string NameMasked, string UnionName, string MemberNumber);

/// <summary>An application in the staff list: the ID number and phone masked only.</summary>
public sealed record ApplicationItem(int Id, string RealName, string IdMasked, string? PhoneMasked, WorkKind WorkKind, string WorkKindName,
    string? Employer, int UnionId, string UnionName, ApplicationStatus Status, string StatusName, DateTimeOffset SubmittedAt, DateOnly DueOn,
    bool Overdue, string? RejectReason, string? MemberNumber);

/// <summary>A member in the staff list.</summary>
public sealed record MemberItem(int Id, string MemberNumber, string RealName, string IdMasked, string? PhoneMasked, string WorkKindName,
    int UnionId, string UnionName, DateTimeOffset JoinedAt);

/// <summary>A member with its transfer history, for staff.</summary>
public sealed record MemberDetail(MemberItem Member, string? Employer, IReadOnlyList<MembershipRecord> Records);
