namespace WorkerHome.Infrastructure.Problems;

/// <summary>Page numbers start at 1; a page holds 1 to 100 items.</summary>
public static class Paging
{
    public const int MaxPageSize = 100;

    public static AppProblem? Check(int page, int pageSize)
    {
        AppProblem? problem = null;
        if (page < 1)
        {
            problem = CommonProblems.Field("page", "页码从 1 开始");
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("pageSize", $"每页条数应在 1 到 {MaxPageSize} 之间");
        }
        return problem;
    }
}

/// <summary>A page of results.</summary>
/// <param name="Items">The items on this page.</param>
/// <param name="Total">All matching items.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">Items per page.</param>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
