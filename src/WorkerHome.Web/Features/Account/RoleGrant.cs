using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Account;

/// <summary>A role held by a user, on a union node for Staff and Volunteer (covering its subtree).</summary>
public sealed class RoleGrant : IAudited
{
    public int Id { get; set; }
    public Guid UserId { get; set; }
    public Role Role { get; set; }
    public int? UnionId { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    public Guid? GrantedBy { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => Role.Chinese();
}
