using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace WorkerHome.Infrastructure.Problems;

/// <summary>Turns <see cref="AppProblem"/> and <see cref="Outcome{T}"/> into RFC 7807 responses.</summary>
public static class ProblemResults
{
    public static ProblemDetails ToProblemDetails(this AppProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var details = problem.Errors is { Count: > 0 }
            ? new HttpValidationProblemDetails(problem.Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal))
            : new ProblemDetails();
        details.Title = problem.Title;
        details.Status = problem.Status;
        details.Detail = problem.Detail;
        foreach (var (key, value) in problem.Extensions ?? new Dictionary<string, object?>())
        {
            details.Extensions[key] = value;
        }
        details.Extensions["code"] = problem.Code;
        return details;
    }

    public static ProblemHttpResult ToHttpResult(this AppProblem problem) => TypedResults.Problem(problem.ToProblemDetails());

    /// <summary>Maps a successful outcome with <paramref name="onSuccess"/>, a failed one to its problem.</summary>
    public static Results<TResult, ProblemHttpResult> ToResult<T, TResult>(this Outcome<T> outcome, Func<T, TResult> onSuccess)
        where TResult : IResult
    {
        ArgumentNullException.ThrowIfNull(onSuccess);
        return outcome.Succeeded ? onSuccess(outcome.Value) : outcome.Problem.ToHttpResult();
    }
}
