using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Library;

/// <summary>职工书屋.</summary>
public static class LibraryApi
{
    public static IServiceCollection AddLibraryFeature(this IServiceCollection services)
    {
        services.AddOptions<LibraryOptions>().BindConfiguration(LibraryOptions.Section)
            .Validate(o => o.LoanDays is >= 1 and <= 180 && o.MaxLoans is >= 1 and <= 50 && o.HoldDays is >= 1 and <= 30 && o.RemindDaysBefore is >= 1 and <= 30,
                "Library needs LoanDays 1–180, MaxLoans 1–50, HoldDays 1–30 and RemindDaysBefore 1–30.")
            .Validate<IHostEnvironment>((o, environment) => !o.UnguardedForTests || environment.IsEnvironment("Testing"),
                "Library:UnguardedForTests removes the copy guard of the reading rooms and is refused outside the Testing environment.")
            .ValidateOnStart();
        services.AddOptions<LibraryReminderOptions>().BindConfiguration(LibraryReminderOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.BatchSize is >= 1 and <= 1000,
                "Library:ReminderPass needs a positive Interval and a BatchSize between 1 and 1000.")
            .ValidateOnStart();
        services.AddSingleton<LibraryReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<LibraryReminders>());
        return services
            .AddScoped<LibraryCopies>()
            .AddScoped<SearchBooks>()
            .AddScoped<GetBook>()
            .AddScoped<SaveBook>()
            .AddScoped<ReserveBook>()
            .AddScoped<LendBook>()
            .AddScoped<HandOverReservation>()
            .AddScoped<ReturnLoan>()
            .AddScoped<RenewLoan>()
            .AddScoped<ListMyLoans>()
            .AddScoped<ListLoans>();
    }

    public static IEndpointRouteBuilder MapLibraryApi(this IEndpointRouteBuilder app)
    {
        var library = app.MapGroup("/api/library").WithTags("职工书屋");
        library.MapGet("/books", Search).WithSummary("书屋藏书（按阵地；书名或作者、分类筛选；可借册数）").ProducesProblem(400).ProducesProblem(404);
        library.MapGet("/books/{id:int}", Get).WithSummary("图书详情").ProducesProblem(404);
        library.MapPost("/books/{id:int}/reserve", Reserve).WithSummary("预约借阅（保留数日待取；每人同时最多借阅若干本）").RequireAuthorization()
            .ProducesProblem(401).ProducesProblem(404).ProducesProblem(409);
        library.MapPost("/loans/{id:int}/renew", Renew).WithSummary("续借一次（未逾期）").RequireAuthorization()
            .ProducesProblem(401).ProducesProblem(404).ProducesProblem(409);
        app.MapGet("/api/me/loans", Mine).WithTags("职工书屋").WithSummary("我的借阅（到期日、逾期提示）").RequireAuthorization().ProducesProblem(401);

        var staff = library.MapGroup("").RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(401).ProducesProblem(403);
        staff.MapPost("/books", Create).WithSummary("新增藏书（校验 ISBN）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPut("/books/{id:int}", Update).WithSummary("修改藏书（册数不少于已借出）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapGet("/loans", ListLoans).WithSummary("借阅台：当前借阅与预约（可只看逾期）").ProducesProblem(400);
        staff.MapPost("/loans", Lend).WithSummary("借阅台借出（按手机号找到职工）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/loans/{id:int}/hand-over", HandOver).WithSummary("预约取书：把保留的副本交给预约人").ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/loans/{id:int}/return", Return).WithSummary("还书（输入或扫描借阅号）").ProducesProblem(404).ProducesProblem(409);
        return app;
    }

    private static async Task<Results<Ok<PagedList<BookView>>, ProblemHttpResult>> Search([AsParameters] BookSearch search, SearchBooks handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<BookView>, ProblemHttpResult>> Get(int id, GetBook handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<LoanView>, ProblemHttpResult>> Reserve(int id, ReserveBook handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(l => TypedResults.Created("/api/me/loans", l));

    private static async Task<Results<Ok<LoanView>, ProblemHttpResult>> Renew(int id, RenewLoan handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<IReadOnlyList<LoanView>>, ProblemHttpResult>> Mine(ListMyLoans handler, CancellationToken ct) =>
        (await handler.HandleAsync(ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<BookView>, ProblemHttpResult>> Create(BookInput input, SaveBook handler, CancellationToken ct) =>
        (await handler.HandleAsync(null, input, ct)).ToResult(b => TypedResults.Created($"/api/library/books/{b.Id}", b));

    private static async Task<Results<Ok<BookView>, ProblemHttpResult>> Update(int id, BookInput input, SaveBook handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PagedList<LoanView>>, ProblemHttpResult>> ListLoans([AsParameters] LoanSearch search, ListLoans handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<LoanView>, ProblemHttpResult>> Lend(LendInput input, LendBook handler, CancellationToken ct) =>
        (await handler.HandleAsync(input, ct)).ToResult(l => TypedResults.Created($"/api/library/loans/{l.Id}", l));

    private static async Task<Results<Ok<LoanView>, ProblemHttpResult>> HandOver(int id, HandOverReservation handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<LoanView>, ProblemHttpResult>> Return(int id, ReturnLoan handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);
}
