namespace WorkerHome.Infrastructure.Problems;

/// <summary>
/// A business-rule failure: a stable machine-readable <see cref="Code"/>, a Chinese <see cref="Title"/>
/// for people, and the HTTP status it maps to. Handlers return these; they are not exceptions.
/// </summary>
public sealed record AppProblem(string Code, string Title, int Status)
{
    /// <summary>A sentence about this occurrence (for example which id was not found).</summary>
    public string? Detail { get; init; }

    /// <summary>Field errors, keyed by the request field name in camelCase.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    /// <summary>Further members of the problem document (for example an import report).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public AppProblem WithDetail(string detail) => this with { Detail = detail };

    public AppProblem WithError(string field, string message)
    {
        var errors = Errors is null
            ? new Dictionary<string, string[]>(StringComparer.Ordinal)
            : new Dictionary<string, string[]>(Errors, StringComparer.Ordinal);
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
        return this with { Errors = errors };
    }
}
