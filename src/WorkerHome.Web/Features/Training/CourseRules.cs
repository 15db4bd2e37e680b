using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Training;

/// <summary>The checks a course must pass before it is saved, beyond what the annotations say.</summary>
public sealed class CourseRules(AppDbContext db, DataScope scope)
{
    public async Task<AppProblem?> CheckAsync(CourseInput input, CancellationToken ct)
    {
        AppProblem? problem = null;
        void Add(string field, string message) => problem = (problem ?? CommonProblems.Validation).WithError(field, message);

        if (string.IsNullOrWhiteSpace(input.Title))
        {
            Add("title", "请填写课程名称");
        }
        if (string.IsNullOrWhiteSpace(input.CertificateTitle))
        {
            Add("certificateTitle", "请填写证书名称");
        }
        if (input.Capacity is < 1 or > 500)
        {
            Add("capacity", "名额应在1到500之间");
        }
        if (input.Tags.Count > 10 || input.Tags.Any(t => string.IsNullOrWhiteSpace(t) || t.Trim().Length > 20))
        {
            Add("tags", "技能标签最多10个，每个不超过20个字");
        }
        if (input.EnrolFrom is null)
        {
            Add("enrolFrom", "请填写报名开始时间");
        }
        if (input.EnrolUntil is null || (input.EnrolFrom is { } from && input.EnrolUntil <= from))
        {
            Add("enrolUntil", "报名截止时间应晚于开始时间");
        }
        if (input.Sessions.Count == 0)
        {
            Add("sessions", "请至少安排一次课");
        }
        for (var i = 0; i < input.Sessions.Count; i++)
        {
            var s = input.Sessions[i];
            if (string.IsNullOrWhiteSpace(s.Topic))
            {
                Add($"sessions[{i}].topic", "请填写课次主题");
            }
            if (s.StartsAt is null)
            {
                Add($"sessions[{i}].startsAt", "请填写开始时间");
            }
            if (s.EndsAt is null || (s.StartsAt is { } starts && s.EndsAt <= starts))
            {
                Add($"sessions[{i}].endsAt", "结束时间应晚于开始时间");
            }
        }
        if (input.RequiredSessions < 1 || (input.Sessions.Count > 0 && input.RequiredSessions > input.Sessions.Count))
        {
            Add("requiredSessions", "结业所需出勤次数应在1到课次数之间");
        }
        if (!await db.Unions.AnyAsync(u => u.Id == input.UnionId, ct))
        {
            Add("unionId", "未找到该工会");
        }
        else if (!await scope.CoversUnionAsync(input.UnionId, ct))
        {
            return CommonProblems.Forbidden.WithDetail("主办工会不在您的管理范围内");
        }
        if (input.SiteId is { } siteId)
        {
            var access = await scope.GetAsync(ct);
            var sitePath = await db.Sites.Where(s => s.Id == siteId && s.DeletedAt == null)
                .Select(s => db.Unions.Where(u => u.Id == s.UnionId).Select(u => u.Path).First()).FirstOrDefaultAsync(ct);
            if (sitePath is null || !access.Covers(sitePath))
            {
                Add("siteId", "未找到该阵地，或不在您的管理范围内");
            }
        }
        return problem;
    }

    public static List<string> CleanTags(IEnumerable<string> tags) =>
        tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
