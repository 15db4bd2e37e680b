using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Unions;

public static class UnionsApi
{
    public static IServiceCollection AddUnionsFeature(this IServiceCollection services) => services
        .AddScoped<GetUnionTree>()
        .AddScoped<ListUnionOptions>()
        .AddScoped<SaveUnion>();

    public static IEndpointRouteBuilder MapUnionsApi(this IEndpointRouteBuilder app)
    {
        var unions = app.MapGroup("/api/unions").WithTags("工会组织");
        unions.MapGet("/", Tree).WithSummary("工会组织树（可从某一节点开始）");
        unions.MapGet("/mine", Mine).WithSummary("我管理范围内的工会组织").RequireAuthorization(AppAuth.StaffPolicy)
            .ProducesProblem(401).ProducesProblem(403);
        unions.MapPost("/", Create).WithSummary("在本级或下级工会下新增工会组织").RequireAuthorization(AppAuth.StaffPolicy)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409);
        unions.MapPut("/{id:int}", Update).WithSummary("修改工会组织").RequireAuthorization(AppAuth.StaffPolicy)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<UnionNode>>> Tree(GetUnionTree handler, CancellationToken ct, int? root = null) =>
        TypedResults.Ok(await handler.HandleAsync(root, ct));

    private static async Task<Ok<IReadOnlyList<UnionOption>>> Mine(ListUnionOptions handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(ct));

    private static async Task<Results<Created<UnionNode>, ProblemHttpResult>> Create(UnionInput input, SaveUnion handler, CancellationToken ct) =>
        (await handler.CreateAsync(input, ct)).ToResult(node => TypedResults.Created($"/api/unions?root={node.Id}", node));

    private static async Task<Results<Ok<UnionNode>, ProblemHttpResult>> Update(int id, UnionInput input, SaveUnion handler, CancellationToken ct) =>
        (await handler.UpdateAsync(id, input, ct)).ToResult(TypedResults.Ok);
}
