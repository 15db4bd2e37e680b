using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Audit.Pages;

/// <summary>The operation log's codes in Chinese, for the log page's filters, rows and details.</summary>
internal static class LogText
{
    /// <summary>The kinds of record the log holds (the audited aggregates' class names).</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> EntityTypes =
    [
        ("Site", "阵地"),
        ("Union", "工会组织"),
        ("AppUser", "用户"),
        ("RoleGrant", "授权"),
        ("FunctionArea", "功能区"),
    ];

    public static string EntityType(string code) =>
        EntityTypes.FirstOrDefault(t => t.Code == code).Name ?? code;

    public static string Kind(OperationKind kind) => kind switch
    {
        OperationKind.Created => "新增",
        OperationKind.Updated => "修改",
        OperationKind.Deleted => "删除",
        OperationKind.Viewed => "查看",
        OperationKind.Denied => "拒绝访问",
        _ => kind.ToString(),
    };
}
