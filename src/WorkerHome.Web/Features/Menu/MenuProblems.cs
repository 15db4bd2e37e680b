using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Menu;

public static class MenuProblems
{
    public static readonly AppProblem MenuNotFound = new("menu_not_found", "未找到该菜单", 404);
    public static readonly AppProblem MenuOutOfScope = new("menu_out_of_scope", "该菜单不在您的管理范围内", 403);
    public static readonly AppProblem UnionOutOfScope = new("union_out_of_scope", "该工会不在您的管理范围内", 403);
    public static readonly AppProblem NotDraft = new("menu_not_draft", "菜单已发布过，不能再次发布", 409);
    public static readonly AppProblem Empty = new("menu_empty", "菜单中还没有服务项目，不能发布", 409);
    public static readonly AppProblem NotPublished = new("menu_not_published", "只有已发布的菜单可以结束", 409);
    public static readonly AppProblem Closed = new("menu_closed", "该菜单已结束", 409);
    public static readonly AppProblem ItemNotFound = new("menu_item_not_found", "未找到该服务项目", 404);
    public static readonly AppProblem ItemHasOrders = new("menu_item_has_orders", "该服务项目已有职工点单，不能删除", 409);
    public static readonly AppProblem GroupNotFound = new("need_group_not_found", "未找到该需求组", 404);
    public static readonly AppProblem GroupOutOfScope = new("need_group_out_of_scope", "该需求组不在本菜单所属工会范围内", 403);
    public static readonly AppProblem GroupMerged = new("need_group_merged", "该需求组已并入其他需求组", 409);
}
