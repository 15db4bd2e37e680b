using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Caching;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Menu;

public static class MenuApi
{
    public static IServiceCollection AddMenuFeature(this IServiceCollection services) => services
        .AddScoped<MenuAccess>()
        .AddScoped<MenuAnnouncer>()
        .AddScoped<ListMenus>()
        .AddScoped<GetManagedMenu>()
        .AddScoped<CreateMenu>()
        .AddScoped<UpdateMenu>()
        .AddScoped<PublishMenu>()
        .AddScoped<CloseMenu>()
        .AddScoped<ListGroupOptions>()
        .AddScoped<AddMenuItem>()
        .AddScoped<UpdateMenuItem>()
        .AddScoped<RemoveMenuItem>()
        .AddScoped<GetMenu>()
        .AddScoped<GetMenuItem>()
        .AddScoped<RegisterInterest>()
        .AddScoped<WithdrawInterest>();

    public static IEndpointRouteBuilder MapMenuApi(this IEndpointRouteBuilder app)
    {
        var menu = app.MapGroup("/api/menu").WithTags("服务菜单");
        menu.MapGet("/", Browse).WithSummary("服务菜单：已发布菜单的项目（按类别、阵地、日期、工会筛选，分页）").ProducesProblem(400)
            .CachedForEveryone();
        menu.MapGet("/items/{id:int}", Item).WithSummary("服务项目详情：近期场次与余座、点单意向").ProducesProblem(404).CachedForEveryone();
        menu.MapPost("/items/{id:int}/interest", Interest).WithSummary("登记点单意向（尚未排期的项目；重复登记返回 200）")
            .RequireAuthorization().ProducesProblem(401).ProducesProblem(404).ProducesProblem(409);
        menu.MapDelete("/items/{id:int}/interest", Withdraw).WithSummary("取消点单意向")
            .RequireAuthorization().ProducesProblem(401).ProducesProblem(404).ProducesProblem(409);

        var menus = app.MapGroup("/api/menus").WithTags("菜单管理").RequireAuthorization(AppAuth.StaffPolicy)
            .ProducesProblem(401).ProducesProblem(403);
        menus.MapGet("/", List).WithSummary("本级及下级工会的菜单（分页）").ProducesProblem(400);
        menus.MapPost("/", Create).WithSummary("新建菜单草稿（限本级及下级工会）").ProducesProblem(400);
        menus.MapGet("/{id:int}", Get).WithSummary("菜单详情与项目（含需通知的职工人数）").ProducesProblem(404);
        menus.MapPut("/{id:int}", Update).WithSummary("修改菜单名称与周期").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        menus.MapPost("/{id:int}/publish", Publish).WithSummary("发布菜单：需求标为已上菜单并通知提出和附议的职工（只能发布一次）")
            .ProducesProblem(404).ProducesProblem(409);
        menus.MapPost("/{id:int}/close", Close).WithSummary("结束菜单").ProducesProblem(404).ProducesProblem(409);
        menus.MapGet("/{id:int}/need-groups", Groups).WithSummary("可据以添加项目的需求组（按热度排序）").ProducesProblem(404);
        menus.MapPost("/{id:int}/items", AddItem).WithSummary("添加服务项目（从需求组或新建）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        menus.MapPut("/{id:int}/items/{itemId:int}", UpdateItem).WithSummary("修改服务项目")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        menus.MapDelete("/{id:int}/items/{itemId:int}", RemoveItem).WithSummary("删除服务项目（已有点单时不可删除）")
            .ProducesProblem(404).ProducesProblem(409);

        // The form post behind the worker page's interest button; it answers with a redirect back to the item.
        app.MapPost("/menu/items/{id:int}/interest", InterestForm).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<PagedList<MenuCard>>, ProblemHttpResult>> Browse([AsParameters] MenuQuery query, GetMenu handler, CancellationToken ct) =>
        (await handler.HandleAsync(query, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<MenuItemDetail>, ProblemHttpResult>> Item(int id, GetMenuItem handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<InterestState>, Ok<InterestState>, ProblemHttpResult>> Interest(int id, RegisterInterest handler, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.Succeeded)
        {
            return outcome.Problem.ToHttpResult();
        }
        return outcome.Value.IsNew
            ? TypedResults.Created($"/api/menu/items/{id}", outcome.Value.State)
            : TypedResults.Ok(outcome.Value.State);
    }

    private static async Task<Results<Ok<InterestState>, ProblemHttpResult>> Withdraw(int id, WithdrawInterest handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PagedList<MenuRow>>, ProblemHttpResult>> List([AsParameters] MenuListQuery query, ListMenus handler, CancellationToken ct) =>
        (await handler.HandleAsync(query, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<ManagedMenu>, ProblemHttpResult>> Create(CreateMenuRequest request, CreateMenu handler, CancellationToken ct) =>
        (await handler.HandleAsync(request, ct)).ToResult(menu => TypedResults.Created($"/api/menus/{menu.Id}", menu));

    private static async Task<Results<Ok<ManagedMenu>, ProblemHttpResult>> Get(int id, GetManagedMenu handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<ManagedMenu>, ProblemHttpResult>> Update(int id, UpdateMenuRequest request, UpdateMenu handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PublishedMenu>, ProblemHttpResult>> Publish(int id, PublishMenu handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<ManagedMenu>, ProblemHttpResult>> Close(int id, CloseMenu handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<IReadOnlyList<GroupOption>>, ProblemHttpResult>> Groups(int id, ListGroupOptions handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<ManagedMenuItem>, ProblemHttpResult>> AddItem(int id, MenuItemInput input, AddMenuItem handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(item => TypedResults.Created($"/api/menu/items/{item.Id}", item));

    private static async Task<Results<Ok<ManagedMenuItem>, ProblemHttpResult>> UpdateItem(int id, int itemId, MenuItemInput input, UpdateMenuItem handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, itemId, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveItem(int id, int itemId, RemoveMenuItem handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, itemId, ct)).ToResult(_ => TypedResults.NoContent());

    /// <summary>
    /// Registers or withdraws interest from the item page. Signed-out workers are sent to sign in and come back to
    /// the item; the outcome travels in the address so the page can say what happened.
    /// </summary>
    private static async Task<IResult> InterestForm(int id, [FromForm] string? intent, HttpContext context,
        RegisterInterest register, WithdrawInterest withdraw, CancellationToken ct)
    {
        var itemPage = $"/menu/items/{id}";
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return Results.LocalRedirect($"/login?returnUrl={Uri.EscapeDataString(itemPage)}");
        }
        var (problem, result) = intent == "withdraw"
            ? await WithdrawAsync(withdraw, id, ct)
            : await RegisterAsync(register, id, ct);
        return problem?.Status == StatusCodes.Status404NotFound
            ? Results.LocalRedirect("/menu")
            : Results.LocalRedirect($"{itemPage}?interest={result}");
    }

    private static async Task<(AppProblem? Problem, string Result)> RegisterAsync(RegisterInterest handler, int id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        return outcome.Succeeded ? (null, outcome.Value.IsNew ? "added" : "repeat") : (outcome.Problem, "closed");
    }

    private static async Task<(AppProblem? Problem, string Result)> WithdrawAsync(WithdrawInterest handler, int id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        return outcome.Succeeded ? (null, "withdrawn") : (outcome.Problem, "closed");
    }
}
