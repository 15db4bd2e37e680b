namespace WorkerHome.Infrastructure.Auditing;

/// <summary>
/// An aggregate whose every change is written to the operation log (who, when, before and after).
/// Owned collections (opening hours, for example) are logged as part of their owner.
/// </summary>
public interface IAudited
{
    /// <summary>The union node the record belongs to, so the log can be scoped like the record.</summary>
    int? AuditUnionId { get; }

    /// <summary>A human label for the log list (a site's name, a user's account).</summary>
    string AuditLabel { get; }
}

/// <summary>Keeps a property out of the operation log (secrets, ciphertexts, lookup hashes).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;
