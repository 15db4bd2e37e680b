using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Privacy;

public static class PrivacyProblems
{
    public static readonly AppProblem RevealNotPermitted = new("reveal_not_permitted", "没有查看完整个人敏感信息的权限", 403);
    public static readonly AppProblem RecordNotFound = new("sensitive_record_not_found", "未找到该记录", 404);
    public static readonly AppProblem LiveCommitments = new("live_commitments", "还有进行中的事项，暂不能删除个人信息", 409);
    public static readonly AppProblem NothingStored = new("nothing_stored", "该记录没有保存这项信息", 404);
}
