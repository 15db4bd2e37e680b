using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Infrastructure.Excel;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Attendance;

public static class AttendanceApi
{
    public static IServiceCollection AddAttendanceFeature(this IServiceCollection services)
    {
        services.AddOptions<AttendanceOptions>().BindConfiguration(AttendanceOptions.Section);
        return services
            .AddSingleton<CheckInTokens>()
            .AddScoped<AttendanceAccess>()
            .AddScoped<CheckInRecorder>()
            .AddScoped<GetCheckInCode>()
            .AddScoped<CheckInWithToken>()
            .AddScoped<JoinOnline>()
            .AddScoped<CheckInByHand>()
            .AddScoped<UndoCheckIn>()
            .AddScoped<GetAttendance>()
            .AddScoped<ListMyDeliveries>();
    }

    public static IEndpointRouteBuilder MapAttendanceApi(this IEndpointRouteBuilder app)
    {
        // Staff and the session's volunteer share these; each use case checks which of the two the caller is.
        var sessions = app.MapGroup("/api/sessions/{id:int}").WithTags("签到").RequireAuthorization().ProducesProblem(401);
        sessions.MapGet("/check-in-code", Code).WithSummary("场次签到码（二维码内容、有效时间；工作人员或本场志愿者）").ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        sessions.MapGet("/check-in-qr.png", Qr).WithSummary("场次签到二维码图片（PNG）").Produces(200, contentType: "image/png").ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        sessions.MapPost("/check-in", CheckIn).WithSummary("职工扫码签到（无已确认点单记为现场参加；重复签到返回原记录）")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        sessions.MapPost("/join", Join).WithSummary("进入线上课堂（记为线上签到，返回课堂链接）").ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        sessions.MapPost("/check-ins", ByHand).WithSummary("人工签到（按账号或手机号；工作人员或本场志愿者）")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        sessions.MapDelete("/check-ins/{userId:guid}", Undo).WithSummary("撤销误点的人工签到（签到结束前）").ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        sessions.MapGet("/attendance", Attendance).WithSummary("签到情况：已签到、未签到、缺席、现场参加及到课率").ProducesProblem(403).ProducesProblem(404);
        sessions.MapGet("/attendance.xlsx", AttendanceExcel).WithSummary("导出签到情况 Excel").Produces(200, contentType: ExcelFiles.ContentType)
            .ProducesProblem(403).ProducesProblem(404);
        return app;
    }

    /// <summary>The scheme and host the caller used, so the QR code opens the site the staff member is on.</summary>
    public static string OriginOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }

    private static async Task<Results<Ok<CheckInCode>, ProblemHttpResult>> Code(int id, HttpRequest request, GetCheckInCode handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, OriginOf(request), ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Qr(int id, HttpRequest request, GetCheckInCode handler, CancellationToken ct) =>
        (await handler.PngAsync(id, OriginOf(request), ct)).ToResult(png => TypedResults.File(png, "image/png", $"签到码_场次{id}.png"));

    private static async Task<Results<Created<CheckInView>, Ok<CheckInView>, ProblemHttpResult>> CheckIn(int id, CheckInRequest request, CheckInWithToken handler, CancellationToken ct) =>
        Recorded(id, await handler.HandleAsync(id, request, ct));

    private static async Task<Results<Ok<JoinedOnline>, ProblemHttpResult>> Join(int id, JoinOnline handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<CheckInView>, Ok<CheckInView>, ProblemHttpResult>> ByHand(int id, ByHandRequest request, CheckInByHand handler, CancellationToken ct) =>
        Recorded(id, await handler.HandleAsync(id, request, ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> Undo(int id, Guid userId, UndoCheckIn handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, userId, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<Ok<AttendanceSheet>, ProblemHttpResult>> Attendance(int id, GetAttendance handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> AttendanceExcel(int id, GetAttendance handler, CancellationToken ct) =>
        (await handler.ExportAsync(id, ct)).ToResult(file => TypedResults.File(file.Bytes, ExcelFiles.ContentType, file.FileName));

    private static Results<Created<CheckInView>, Ok<CheckInView>, ProblemHttpResult> Recorded(int id, Outcome<RecordedCheckIn> outcome)
    {
        if (!outcome.Succeeded)
        {
            return outcome.Problem.ToHttpResult();
        }
        var recorded = outcome.Value;
        return recorded.Created
            ? TypedResults.Created($"/api/sessions/{id}/attendance", recorded.CheckIn)
            : TypedResults.Ok(recorded.CheckIn);
    }
}
