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
    public static readonly AppProblem TwoFactorRequired = new("two_factor_required", "请输入两步验证码", 401);
    public static readonly AppProblem TwoFactorInvalid = new("two_factor_invalid", "两步验证码不正确或已使用", 401);
    public static readonly AppProblem TwoFactorEnrollmentRequired = new("two_factor_enrollment_required", "工作人员须先开启两步验证，请在网页登录后按提示设置", 403);
    public static readonly AppProblem TwoFactorStaffOnly = new("two_factor_staff_only", "两步验证仅供工作人员使用", 403);
    public static readonly AppProblem TwoFactorOff = new("two_factor_off", "本系统未启用两步验证", 409);
    public static readonly AppProblem TwoFactorAlreadyEnabled = new("two_factor_already_enabled", "已开启两步验证，如需更换请先关闭", 409);
    public static readonly AppProblem TwoFactorNotEnabled = new("two_factor_not_enabled", "尚未开启两步验证", 409);
    public static readonly AppProblem TwoFactorNotStarted = new("two_factor_not_started", "请先获取密钥并添加到验证器", 409);
    public static readonly AppProblem TwoFactorCodeFormat = CommonProblems.Field("code", "验证码为6位数字");
    public static readonly AppProblem OwnTwoFactorReset = new("own_account", "不能重置自己的两步验证，请在“两步验证”页面操作", 409);
    public static readonly AppProblem TwoFactorCodeWrong = new AppProblem("two_factor_code_wrong", "验证码不正确", 400)
        .WithError("code", "验证码不正确或已使用，请核对手机时间后输入验证器上的最新数字");
    public static readonly AppProblem GrantNeedsUnion = new("grant_needs_union", "工作人员和志愿者的授权必须指定工会组织", 400);
}
