using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Regions;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Volunteers;

/// <summary>A volunteer input that passed every rule, trimmed and with its windows in minutes.</summary>
public sealed record CheckedVolunteer(Qualification Qualification, string CertificateNumber, string Organization, int UnionId,
    List<NeedCategory> Skills, List<string> Tags, List<string> RegionCodes, List<AvailabilityWindow> Availability,
    int MaxSessionsPerMonth, string? Introduction, double? BaseLatitude, double? BaseLongitude)
{
    public void ApplyTo(Volunteer volunteer)
    {
        ArgumentNullException.ThrowIfNull(volunteer);
        volunteer.Qualification = Qualification;
        volunteer.CertificateNumber = CertificateNumber;
        volunteer.Organization = Organization;
        volunteer.UnionId = UnionId;
        volunteer.Introduction = Introduction;
        // Lists are replaced, not mutated, so the change tracker sees a change only when the contents differ.
        if (!volunteer.Skills.SequenceEqual(Skills))
        {
            volunteer.Skills = Skills;
        }
        if (!volunteer.Tags.SequenceEqual(Tags, StringComparer.Ordinal))
        {
            volunteer.Tags = Tags;
        }
        if (!volunteer.RegionCodes.SequenceEqual(RegionCodes, StringComparer.Ordinal))
        {
            volunteer.RegionCodes = RegionCodes;
        }
        var current = volunteer.Availability.OrderBy(w => w.Day).ThenBy(w => w.FromMinute).Select(w => (w.Day, w.FromMinute, w.ToMinute));
        if (!current.SequenceEqual(Availability.Select(w => (w.Day, w.FromMinute, w.ToMinute))))
        {
            volunteer.Availability.Clear();
            volunteer.Availability.AddRange(Availability);
        }
        volunteer.MaxSessionsPerMonth = MaxSessionsPerMonth;
        volunteer.BaseLatitude = BaseLatitude;
        volunteer.BaseLongitude = BaseLongitude;
    }
}

/// <summary>The rules of a volunteer's record, checked the same for registration, self-edits and every door.</summary>
public sealed partial class VolunteerRules(AppDbContext db)
{
    public const string CertificatePattern = "^[A-Za-z0-9]{6,40}$";
    public const string CertificateMessage = "证书编号应为6到40位字母或数字";
    public const int MaxOrganizationLength = 100;
    public const int MaxTags = 10;
    public const int MaxTagLength = 20;
    public const int MaxTownships = 30;
    public const int MaxWindows = 42;

    /// <summary>Unions a volunteer may serve with: county/district unions and the township/street unions below them.</summary>
    public static bool CanServeWith(UnionLevel level) => level is UnionLevel.County or UnionLevel.Township;

    public async Task<Outcome<CheckedVolunteer>> CheckAsync(VolunteerInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problem = CommonProblems.Validation;
        if (input.Qualification is not { } qualification || !Enum.IsDefined(qualification))
        {
            problem = problem.WithError("qualification", $"资格类别应为 {EnumText.ChoicesInChinese<Qualification>()}");
        }
        var certificate = input.CertificateNumber?.Trim() ?? "";
        if (certificate.Length == 0)
        {
            problem = problem.WithError("certificateNumber", "请填写证书编号");
        }
        else if (!Certificate().IsMatch(certificate))
        {
            problem = problem.WithError("certificateNumber", CertificateMessage);
        }
        var organization = input.Organization?.Trim() ?? "";
        if (organization.Length == 0)
        {
            problem = problem.WithError("organization", "请填写工作单位");
        }
        else if (organization.Length > MaxOrganizationLength)
        {
            problem = problem.WithError("organization", "工作单位不能超过100个字");
        }
        if (input.UnionId is not { } unionId)
        {
            problem = problem.WithError("unionId", "请选择服务的工会");
        }
        else
        {
            var level = await db.Unions.Where(u => u.Id == unionId).Select(u => (UnionLevel?)u.Level).FirstOrDefaultAsync(ct);
            if (level is null || !CanServeWith(level.Value))
            {
                problem = problem.WithError("unionId", "请选择区县或乡镇（街道）工会");
            }
        }
        var skills = (input.Skills ?? []).Distinct().Order().ToList();
        if (skills.Count == 0)
        {
            problem = problem.WithError("skills", "请至少选择一项服务领域");
        }
        else if (skills.Any(s => !Enum.IsDefined(s)))
        {
            problem = problem.WithError("skills", $"服务领域应为 {EnumText.ChoicesInChinese<NeedCategory>()}");
        }
        var tags = (input.Tags ?? []).Select(t => t?.Trim() ?? "").Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (tags.Count > MaxTags)
        {
            problem = problem.WithError("tags", $"标签最多{MaxTags}个");
        }
        else if (tags.Any(t => t.Length > MaxTagLength))
        {
            problem = problem.WithError("tags", $"每个标签不能超过{MaxTagLength}个字");
        }
        problem = await CheckTownshipsAsync(input.RegionCodes ?? [], problem, ct);
        var (windows, windowProblem) = CheckWindows(input.Availability ?? [], problem);
        problem = windowProblem;
        if (input.MaxSessionsPerMonth is < 1 or > 31)
        {
            problem = problem.WithError("maxSessionsPerMonth", "每月最多场次应在1到31之间");
        }
        var introduction = string.IsNullOrWhiteSpace(input.Introduction) ? null : input.Introduction.Trim();
        if (introduction?.Length > Volunteer.MaxIntroductionLength)
        {
            problem = problem.WithError("introduction", "个人简介不能超过500个字");
        }
        if ((input.BaseLatitude is null) != (input.BaseLongitude is null))
        {
            problem = problem.WithError(input.BaseLatitude is null ? "baseLatitude" : "baseLongitude", "出发地点需同时填写纬度和经度");
        }
        else if (input.BaseLatitude is < 3 or > 54)
        {
            problem = problem.WithError("baseLatitude", "纬度应在中国境内");
        }
        else if (input.BaseLongitude is < 73 or > 136)
        {
            problem = problem.WithError("baseLongitude", "经度应在中国境内");
        }
        if (problem.Errors is { Count: > 0 })
        {
            return problem;
        }
        return new CheckedVolunteer(input.Qualification!.Value, certificate, organization, input.UnionId!.Value,
            skills, tags, (input.RegionCodes ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), windows,
            input.MaxSessionsPerMonth ?? 4, introduction, input.BaseLatitude, input.BaseLongitude);
    }

    private async Task<AppProblem> CheckTownshipsAsync(List<string> codes, AppProblem problem, CancellationToken ct)
    {
        var distinct = codes.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return problem.WithError("regionCodes", "请至少选择一个服务乡镇（街道）");
        }
        if (distinct.Count > MaxTownships)
        {
            return problem.WithError("regionCodes", $"服务乡镇（街道）最多选{MaxTownships}个");
        }
        var known = await db.Regions.Where(r => distinct.Contains(r.Code) && r.Level == RegionLevel.Township).Select(r => r.Code).ToListAsync(ct);
        for (var i = 0; i < codes.Count; i++)
        {
            if (!known.Contains(codes[i], StringComparer.Ordinal))
            {
                problem = problem.WithError($"regionCodes[{i}]", "未找到该乡镇（街道）");
            }
        }
        return problem;
    }

    private static (List<AvailabilityWindow> Windows, AppProblem Problem) CheckWindows(List<AvailabilityInput> inputs, AppProblem problem)
    {
        var windows = new List<AvailabilityWindow>();
        if (inputs.Count > MaxWindows)
        {
            return (windows, problem.WithError("availability", $"可服务时段最多{MaxWindows}个"));
        }
        for (var i = 0; i < inputs.Count; i++)
        {
            var window = inputs[i];
            var ok = true;
            if (window is null)
            {
                problem = problem.WithError($"availability[{i}]", "请填写时段");
                continue;
            }
            if (window.Day is < 1 or > 7)
            {
                problem = problem.WithError($"availability[{i}].day", "星期应为1到7");
                ok = false;
            }
            if (!TryParseTime(window.From, out var from) || from >= 24 * 60)
            {
                problem = problem.WithError($"availability[{i}].from", "时间格式应为 HH:mm，如 08:30");
                ok = false;
            }
            if (!TryParseTime(window.To, out var to))
            {
                problem = problem.WithError($"availability[{i}].to", "时间格式应为 HH:mm，如 12:00");
                ok = false;
            }
            else if (ok && to <= from)
            {
                problem = problem.WithError($"availability[{i}].to", "结束时间应晚于开始时间");
                ok = false;
            }
            if (!ok)
            {
                continue;
            }
            if (windows.Any(w => w.Day == window.Day && w.FromMinute < to && from < w.ToMinute))
            {
                problem = problem.WithError($"availability[{i}]", "同一天的时段不能重叠");
                continue;
            }
            windows.Add(new AvailabilityWindow { Day = window.Day, FromMinute = from, ToMinute = to });
        }
        return ([.. windows.OrderBy(w => w.Day).ThenBy(w => w.FromMinute)], problem);
    }

    /// <summary>"08:30" → 510; "24:00" is the end of the day.</summary>
    public static bool TryParseTime(string? text, out int minutes)
    {
        minutes = 0;
        if (text is null || !TimeText().IsMatch(text))
        {
            return false;
        }
        var hours = int.Parse(text.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var mins = int.Parse(text.AsSpan(3, 2), CultureInfo.InvariantCulture);
        if (hours > 24 || mins > 59 || (hours == 24 && mins > 0))
        {
            return false;
        }
        minutes = hours * 60 + mins;
        return true;
    }

    [GeneratedRegex(CertificatePattern)]
    private static partial Regex Certificate();

    [GeneratedRegex(@"^\d{2}:\d{2}$")]
    private static partial Regex TimeText();
}
