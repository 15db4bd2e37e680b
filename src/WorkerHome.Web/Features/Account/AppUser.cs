using Microsoft.AspNetCore.Identity;
using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Account;

/// <summary>
/// A person who signs in: worker, volunteer or staff. The phone number is personal data: stored encrypted,
/// found through a keyed hash, never in clear (Identity's own PhoneNumber column stays empty).
/// </summary>
public sealed class AppUser : IdentityUser<Guid>, IAudited
{
    public string DisplayName { get; set; } = "";

    [NotAudited]
    public string? PhoneCipher { get; set; }

    [NotAudited]
    public string? PhoneLookup { get; set; }

    /// <summary>The masked form (138****5678), kept for lists so they never need to decrypt.</summary>
    public string? PhoneMasked { get; set; }

    /// <summary>The union the person belongs to (their workplace or community union), when known.</summary>
    public int? HomeUnionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<RoleGrant> Grants { get; set; } = [];

    int? IAudited.AuditUnionId => HomeUnionId;

    string IAudited.AuditLabel => $"{UserName}（{DisplayName}）";
}
