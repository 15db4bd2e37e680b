using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Audit;

public static class AuditApi
{
    public static IServiceCollection AddAuditFeature(this IServiceCollection services) =>
        services.AddScoped<SearchOperationLog>().AddScoped<AccessAudit>();

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/operation-logs", Search).WithTags("操作日志").WithSummary("操作日志（本级及下级）")
            .RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);
        return app;
    }

    private static async Task<Results<Ok<PagedList<OperationLogItem>>, ProblemHttpResult>> Search(SearchOperationLog handler, CancellationToken ct,
        string? entityType = null, string? entityId = null, string? user = null, int page = 1, int pageSize = 50)
    {
        var problem = Paging.Check(page, pageSize);
        return problem is not null
            ? problem.ToHttpResult()
            : TypedResults.Ok(await handler.HandleAsync(entityType, entityId, user, page, pageSize, ct));
    }
}
