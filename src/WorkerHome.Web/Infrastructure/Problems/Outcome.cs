using System.Diagnostics.CodeAnalysis;

namespace WorkerHome.Infrastructure.Problems;

/// <summary>The result of a use case: a value, or the <see cref="AppProblem"/> that stopped it.</summary>
public readonly record struct Outcome<T>
{
    private readonly T? _value;

    private Outcome(T? value, AppProblem? problem)
    {
        _value = value;
        Problem = problem;
    }

    public AppProblem? Problem { get; }

    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    public T Value => Problem is null ? _value! : throw new InvalidOperationException($"Outcome failed with {Problem.Code}.");

#pragma warning disable CA2225 // The implicit conversions are the point: `return site;` or `return SitesProblems.NotFound;`.
    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(AppProblem problem) => new(default, problem);
#pragma warning restore CA2225
}

/// <summary>A use case that succeeds with nothing to return.</summary>
public readonly record struct Done
{
    public static readonly Done Value;
}
