using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Infrastructure;
using WorkerHome.Infrastructure.Persistence;

namespace WorkerHome.Infrastructure.Problems;

public static class ProblemsSetup
{
    /// <summary>Every error response is ProblemDetails with a Chinese title and a stable <c>code</c>.</summary>
    public static IServiceCollection AddAppProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var details = context.ProblemDetails;
            var status = details.Status ?? context.HttpContext.Response.StatusCode;
            if (details is HttpValidationProblemDetails validation)
            {
                // The framework's validation names C# properties; the API speaks camelCase JSON.
                foreach (var key in validation.Errors.Keys.Where(k => k.Length > 0 && char.IsUpper(k[0])).ToList())
                {
                    validation.Errors.Remove(key, out var messages);
                    validation.Errors[CamelPath(key)] = messages!;
                }
            }
            if (!details.Extensions.ContainsKey("code"))
            {
                var known = details is HttpValidationProblemDetails ? CommonProblems.Validation : CommonProblems.ForStatus(status);
                details.Extensions["code"] = known.Code;
                details.Title = known.Title;
            }
            details.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<AppExceptionHandler>();
        // Binding failures reach the handler above, which names the field, in every environment.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>"OpeningHours[0].Opens" → "openingHours[0].opens".</summary>
    internal static string CamelPath(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}

/// <summary>
/// The last line: malformed requests become 400 problems, lost optimistic-concurrency races 409, a database that cannot
/// be reached 503 with Retry-After (nothing was saved; the client may try again), anything else a logged 500 problem
/// that reveals nothing internal.
/// </summary>
internal sealed partial class AppExceptionHandler(IProblemDetailsService problems, ILogger<AppExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // By now the middleware has rewritten the path to the error page; the feature keeps the one that failed.
        var failedPath = new PathString(httpContext.Features.Get<IExceptionHandlerFeature>()?.Path ?? httpContext.Request.Path.Value);
        if (!Pipeline.IsApi(failedPath) && IsUnparsableQueryValue(exception))
        {
            // A page's typed query value that does not parse (a mistyped link, a scanner's payload): the person's fault, not ours.
            httpContext.Response.Clear();
            await PlainPage.WriteAsync(httpContext.Response, StatusCodes.Status400BadRequest, "链接中的参数不正确",
                "这个链接里有看不懂的内容，可能是复制时出了错。请从首页重新进入。", "/", "返回首页", cancellationToken);
            return true;
        }
        if (!Pipeline.IsApi(failedPath) && exception is not BadHttpRequestException)
        {
            LogUnexpected(logger, exception, httpContext.Request.Method, failedPath);
            return false;
        }
        var problem = exception switch
        {
            BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge => CommonProblems.PayloadTooLarge,
            BadHttpRequestException { InnerException: System.Text.Json.JsonException { Path: { Length: > 2 } path } json } when IsTypeMismatch(json) =>
                CommonProblems.Field(FieldOf(path), "值的类型或格式不正确"),
            BadHttpRequestException bad when BindFailure().Match(bad.Message) is { Success: true } m =>
                CommonProblems.Field(Camel(m.Groups["name"].Value), m.Groups["kind"].Value == "Required" ? "缺少必填参数" : "参数值的类型或格式不正确"),
            BadHttpRequestException bad => CommonProblems.MalformedRequest.WithDetail(Sentence(bad)),
            // The JSON reader throws a bare InvalidOperationException for a charset it has no encoding for.
            InvalidOperationException when UnknownCharset(httpContext.Request) is { } charset =>
                CommonProblems.UnsupportedMediaType.WithDetail($"不支持的字符编码：{charset}，请使用 UTF-8"),
            DbUpdateConcurrencyException => CommonProblems.StaleVersion,
            _ when exception.IsDatabaseOutage() => CommonProblems.DatabaseUnavailable,
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ => CommonProblems.Internal,
        };
        if (problem is null)
        {
            return true;
        }
        if (problem.Code == CommonProblems.DatabaseUnavailable.Code)
        {
            LogOutage(logger, httpContext.Request.Method, failedPath, exception.Message);
            httpContext.Response.Headers.RetryAfter = "5";
        }
        else if (problem.Status >= 500)
        {
            LogUnexpected(logger, exception, httpContext.Request.Method, failedPath);
        }
        httpContext.Response.StatusCode = problem.Status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem.ToProblemDetails(),
            Exception = exception,
        });
    }

    // Binding failures carry the parameter name; say it in Chinese without echoing framework internals.
    private static string Sentence(BadHttpRequestException exception) =>
        exception.InnerException is System.Text.Json.JsonException json
            ? $"JSON 格式错误{(json.Path is null ? "" : $"（位置 {json.Path}）")}"
            : "请求参数无法解析，请检查参数类型和格式";

    /// <summary>The charset named by the request's Content-Type when no encoding answers to it, else null.</summary>
    private static string? UnknownCharset(HttpRequest request)
    {
        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || Microsoft.Net.Http.Headers.HeaderUtilities.RemoveQuotes(type.Charset).Value is not { Length: > 0 } charset)
        {
            return null;
        }
        try
        {
            _ = System.Text.Encoding.GetEncoding(charset);
            return null;
        }
        catch (ArgumentException)
        {
            return charset.Length <= 40 ? charset : charset[..40];
        }
    }

    // [SupplyParameterFromQuery] throws this when a value does not convert to the parameter's type.
    private static bool IsUnparsableQueryValue(Exception exception) =>
        exception is InvalidOperationException && exception.Message.StartsWith("Cannot parse the value", StringComparison.Ordinal);

    // A well-formed document with a value of the wrong type (as opposed to a truncated or broken document).
    private static bool IsTypeMismatch(System.Text.Json.JsonException json) =>
        json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal);

    /// <summary>"$.openingHours[0].opens" → "openingHours[0].opens".</summary>
    private static string FieldOf(string jsonPath) => jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    // Minimal API binding messages: 'Failed to bind parameter "int page" from "x".' and 'Required parameter "string q" was not provided ...'.
    [System.Text.RegularExpressions.GeneratedRegex("^(?<kind>Failed to bind|Required) parameter \"(?:[^\" ]+ )?(?<name>[A-Za-z0-9_]+)\"")]
    private static partial System.Text.RegularExpressions.Regex BindFailure();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable on {Method} {Path}: {Reason}")]
    private static partial void LogOutage(ILogger logger, string method, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure on {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}
