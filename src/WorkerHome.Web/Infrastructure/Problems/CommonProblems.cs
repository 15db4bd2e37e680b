namespace WorkerHome.Infrastructure.Problems;

/// <summary>Problems any room can answer with. Room-specific codes live in each room's *Problems.cs.</summary>
public static class CommonProblems
{
    public static readonly AppProblem Validation = new("validation_failed", "提交的内容有误", 400);
    public static readonly AppProblem MalformedRequest = new("malformed_request", "请求格式不正确", 400);
    public static readonly AppProblem Unauthenticated = new("unauthenticated", "请先登录", 401);
    public static readonly AppProblem Forbidden = new("forbidden", "没有权限进行此操作", 403);
    public static readonly AppProblem NotFound = new("not_found", "未找到请求的内容", 404);
    public static readonly AppProblem MethodNotAllowed = new("method_not_allowed", "不支持该请求方式", 405);
    public static readonly AppProblem Conflict = new("conflict", "操作与当前状态冲突", 409);
    public static readonly AppProblem StaleVersion = new("stale_version", "数据已被他人修改，请刷新后重试", 409);
    public static readonly AppProblem PayloadTooLarge = new("payload_too_large", "提交的内容过大", 413);
    public static readonly AppProblem UnsupportedMediaType = new("unsupported_media_type", "不支持的内容类型", 415);
    public static readonly AppProblem TooManyRequests = new("too_many_requests", "请求过于频繁，请稍后再试", 429);
    public static readonly AppProblem Internal = new("internal_error", "服务器内部错误，请稍后再试", 500);
    public static readonly AppProblem Unavailable = new("service_unavailable", "服务暂时不可用，请稍后再试", 503);
    public static readonly AppProblem DatabaseUnavailable = new("database_unavailable", "数据库暂时无法访问，请稍后重试", 503);

    /// <summary>A validation problem with one field error.</summary>
    public static AppProblem Field(string field, string message) => Validation.WithError(field, message);

    /// <summary>The problem that stands for a bare HTTP status (used when a framework component answers).</summary>
    public static AppProblem ForStatus(int status) => status switch
    {
        400 => MalformedRequest,
        401 => Unauthenticated,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        409 => Conflict,
        413 => PayloadTooLarge,
        415 => UnsupportedMediaType,
        429 => TooManyRequests,
        503 => Unavailable,
        _ => status >= 500 ? Internal : new AppProblem("http_" + status, "请求未能完成", status),
    };
}
