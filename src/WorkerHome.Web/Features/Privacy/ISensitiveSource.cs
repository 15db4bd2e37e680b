using WorkerHome.Data;

namespace WorkerHome.Features.Privacy;

/// <summary>A stored datum that can be shown in full: the union whose staff may ask, whose it is (as lists show it), the cipher.</summary>
/// <param name="UnionId">The union the record belongs to (scope and the reader's grant are checked against it).</param>
/// <param name="Label">Whose data, as lists show it (a masked name, a case number): never the datum itself.</param>
/// <param name="Cipher">The encrypted datum, or null when none was given.</param>
public sealed record SensitiveRecord(int UnionId, string Label, string? Cipher);

/// <summary>
/// A room's records that hold sensitive personal data. Each room registers one per entity type with
/// <c>services.AddSensitiveSource&lt;T&gt;()</c>; <see cref="RevealSensitive"/> is the one door through which any of them
/// is shown in full.
/// </summary>
public interface ISensitiveSource
{
    /// <summary>The entity type as the API and the log name it ("TrainingEnrolment").</summary>
    string EntityType { get; }

    /// <summary>The record type in Chinese, as the access log shows it ("培训报名").</summary>
    string Name { get; }

    /// <summary>The fields it can reveal ("Phone", "IdNumber", "Income", "Health").</summary>
    IReadOnlyCollection<string> Fields { get; }

    /// <summary>The record's datum for a field, or null when there is no such record.</summary>
    Task<SensitiveRecord?> FindAsync(AppDbContext db, string entityId, string field, CancellationToken ct);
}

public static class SensitiveSources
{
    public static IServiceCollection AddSensitiveSource<T>(this IServiceCollection services) where T : class, ISensitiveSource =>
        services.AddSingleton<ISensitiveSource, T>();
}
