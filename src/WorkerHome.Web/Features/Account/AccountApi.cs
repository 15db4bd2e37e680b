using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Security;

namespace WorkerHome.Features.Account;

public static class AccountApi
{
    public static IServiceCollection AddAccountFeature(this IServiceCollection services)
    {
        services.AddOptions<SecondFactorOptions>().BindConfiguration(SecondFactorOptions.Section)
            .Validate<IHostEnvironment>((o, environment) => !o.UnguardedForTests || environment.IsEnvironment("Testing"),
                "SecondFactor:UnguardedForTests removes the reused-code guard of two-factor sign-in and is refused outside the Testing environment.")
            .ValidateOnStart();
        return services
            .AddScoped<UserLookup>()
            .AddScoped<IssueToken>()
            .AddScoped<RegisterWorker>()
            .AddScoped<GetMe>()
            .AddScoped<ListUsers>()
            .AddScoped<CreateUser>()
            .AddScoped<GrantRole>()
            .AddScoped<RevokeRole>()
            .AddScoped<SetUserLock>()
            .AddScoped<SecondFactor>()
            .AddScoped<TwoFactorAccess>()
            .AddScoped<GetTwoFactorStatus>()
            .AddScoped<StartTwoFactor>()
            .AddScoped<EnableTwoFactor>()
            .AddScoped<DisableTwoFactor>()
            .AddScoped<ResetUserTwoFactor>()
            .AddScoped<WorkerHome.Infrastructure.Auditing.OperationLogWriter>();
    }

    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("账号");
        auth.MapPost("/token", Token).WithSummary("用账号或手机号和密码换取访问令牌（登录尝试按客户端地址和账号限速，超出返回 429）")
            .RequireRateLimiting(LoginLimiter.Policy).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(429);
        auth.MapPost("/register", Register).WithSummary("职工用手机号注册").ProducesProblem(400).ProducesProblem(409);

        app.MapGet("/api/me", Me).WithTags("账号").WithSummary("当前登录用户").RequireAuthorization().ProducesProblem(401);

        var twoFactor = app.MapGroup("/api/me/two-factor").WithTags("账号").RequireAuthorization().ProducesProblem(401).ProducesProblem(403);
        twoFactor.MapGet("/", TwoFactorStatusOf).WithSummary("两步验证状态");
        twoFactor.MapPost("/key", StartTwoFactorFor).WithSummary("获取验证器密钥和二维码（工作人员；开启前可反复获取，为同一密钥）").ProducesProblem(409);
        twoFactor.MapPost("/enable", EnableTwoFactorFor).WithSummary("用验证器上的6位数字确认并开启两步验证，返回10个恢复码（只显示这一次）")
            .ProducesProblem(400).ProducesProblem(409);
        twoFactor.MapPost("/disable", DisableTwoFactorFor).WithSummary("用当前验证码关闭两步验证（密钥和恢复码作废）").ProducesProblem(400).ProducesProblem(409);

        var users = app.MapGroup("/api/users").WithTags("用户与授权").RequireAuthorization(AppAuth.StaffPolicy)
            .ProducesProblem(401).ProducesProblem(403);
        users.MapGet("/", List).WithSummary("查询本级及下级工会的用户");
        users.MapPost("/", Create).WithSummary("为本级或下级工会创建账号").ProducesProblem(400).ProducesProblem(409);
        users.MapPost("/{userId:guid}/grants", Grant).WithSummary("授予角色（限本级及下级工会）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        users.MapDelete("/{userId:guid}/grants/{grantId:int}", Revoke).WithSummary("撤销角色").ProducesProblem(404).ProducesProblem(409);
        users.MapPost("/{userId:guid}/lock", Lock).WithSummary("锁定账号").ProducesProblem(404);
        users.MapDelete("/{userId:guid}/lock", Unlock).WithSummary("解除锁定").ProducesProblem(404);
        users.MapPost("/{userId:guid}/two-factor/reset", ResetTwoFactor).WithSummary("重置该用户的两步验证（手机丢失时；记入操作日志）").ProducesProblem(404);
        return app;
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> Token(TokenRequest request, IssueToken handler, CancellationToken ct) =>
        (await handler.HandleAsync(request, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<RegisteredUser>, ProblemHttpResult>> Register(RegisterRequest request, RegisterWorker handler, CancellationToken ct) =>
        (await handler.HandleAsync(request, ct)).ToResult(user => TypedResults.Created("/api/me", user));

    private static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> Me(GetMe handler, CancellationToken ct) =>
        (await handler.HandleAsync(ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<UserPage>, ProblemHttpResult>> List(ListUsers handler, CancellationToken ct,
        string? q = null, int page = 1, int pageSize = 20)
    {
        var problem = Paging.Check(page, pageSize);
        return problem is not null ? problem.ToHttpResult() : TypedResults.Ok(await handler.HandleAsync(q, page, pageSize, ct));
    }

    private static async Task<Results<Created<RegisteredUser>, ProblemHttpResult>> Create(CreateUserRequest request, CreateUser handler, CancellationToken ct) =>
        (await handler.HandleAsync(request, ct)).ToResult(user => TypedResults.Created($"/api/users/{user.Id}", user));

    private static async Task<Results<Ok<GrantItem>, ProblemHttpResult>> Grant(Guid userId, GrantRoleRequest request, GrantRole handler, CancellationToken ct) =>
        (await handler.HandleAsync(userId, request, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(Guid userId, int grantId, RevokeRole handler, CancellationToken ct) =>
        (await handler.HandleAsync(userId, grantId, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<NoContent, ProblemHttpResult>> Lock(Guid userId, SetUserLock handler, CancellationToken ct) =>
        (await handler.HandleAsync(userId, locked: true, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<NoContent, ProblemHttpResult>> Unlock(Guid userId, SetUserLock handler, CancellationToken ct) =>
        (await handler.HandleAsync(userId, locked: false, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<Ok<TwoFactorStatus>, ProblemHttpResult>> TwoFactorStatusOf(GetTwoFactorStatus handler, CancellationToken ct) =>
        (await handler.HandleAsync(ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<TwoFactorSetup>, ProblemHttpResult>> StartTwoFactorFor(StartTwoFactor handler, CancellationToken ct) =>
        (await handler.HandleAsync(ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<RecoveryCodes>, ProblemHttpResult>> EnableTwoFactorFor(TwoFactorCodeRequest request, EnableTwoFactor handler, CancellationToken ct) =>
        (await handler.HandleAsync(request, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<NoContent, ProblemHttpResult>> DisableTwoFactorFor(TwoFactorCodeRequest request, DisableTwoFactor handler, CancellationToken ct) =>
        (await handler.HandleAsync(request, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<NoContent, ProblemHttpResult>> ResetTwoFactor(Guid userId, ResetUserTwoFactor handler, CancellationToken ct) =>
        (await handler.HandleAsync(userId, ct)).ToResult(_ => TypedResults.NoContent());
}
