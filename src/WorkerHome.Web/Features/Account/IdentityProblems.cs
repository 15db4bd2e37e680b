using Microsoft.AspNetCore.Identity;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Account;

internal static class IdentityProblems
{
    /// <summary>Identity's (Chinese) errors as a validation problem on one field.</summary>
    public static AppProblem From(IdentityResult result, string field) =>
        result.Errors.Aggregate(CommonProblems.Validation, (problem, error) => problem.WithError(
            error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password"
            : error.Code.Contains("UserName", StringComparison.Ordinal) ? "userName"
            : field,
            error.Description));
}
