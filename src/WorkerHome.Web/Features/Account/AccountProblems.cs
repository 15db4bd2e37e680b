using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Account;

public static class AccountProblems
{
    public static readonly AppProblem InvalidCredentials = new("invalid_credentials", "账号或密码不正确", 401);
    public static readonly AppProblem Locked = new("account_locked", "账号已被锁定，请稍后再试", 403);
    public static readonly AppProblem PhoneTaken = new AppProblem("phone_taken", "该手机号已注册", 409).WithError("phone", "该手机号已注册，请直接登录");
    public static readonly AppProblem UserNameTaken = new AppProblem("username_taken", "该账号已被使用", 409).WithError("userName", "该账号已被使用，请换一个");
    public static readonly AppProblem UserNotFound = new("user_not_found", "未找到该用户", 404);
    public static readonly AppProblem UserOutOfScope = new("user_out_of_scope", "该用户不在您的管理范围内", 403);
    public static readonly AppProblem GrantNotFound = new("grant_not_found", "未找到该授权", 404);
    public static readonly AppProblem GrantExists = new("grant_exists", "该用户已拥有此授权", 409);
    public static readonly AppProblem GrantForbidden = new("grant_forbidden", "您不能授予或撤销此角色", 403);
    public static readonly AppProblem OwnGrant = new("own_grant", "不能撤销自己的授权", 409);
    public static readonly AppProblem GrantNeedsUnion = new("grant_needs_union", "工作人员和志愿者的授权必须指定工会组织", 400);
}
