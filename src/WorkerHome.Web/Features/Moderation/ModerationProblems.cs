using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Moderation;

public static class ModerationProblems
{
    public static readonly AppProblem CaseNotFound = new("moderation_case_not_found", "未找到该审核记录", 404);
    public static readonly AppProblem AlreadyReviewed = new("moderation_case_reviewed", "该内容已审核，不能重复处理", 409);
    public static readonly AppProblem ContentUnknown = new("moderation_content_unknown", "系统无法处理该类型的内容", 409);
    public static readonly AppProblem WordNotFound = new("sensitive_word_not_found", "未找到该敏感词", 404);
    public static readonly AppProblem WordExists = new("sensitive_word_exists", "敏感词已在词库中", 409);
    public static readonly AppProblem NotDictionaryEditor = CommonProblems.Forbidden.WithDetail("仅市级及以上工会工作人员可修改敏感词库");
}
