using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Regions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Training;

/// <summary>A job posting as staff enter it for a local employer.</summary>
public sealed class JobInput
{
    [Range(1, int.MaxValue, ErrorMessage = "请选择录入工会")]
    public int UnionId { get; set; }

    [Required(ErrorMessage = "请填写用人单位")]
    [StringLength(100, ErrorMessage = "用人单位不能超过100个字")]
    public string Employer { get; set; } = "";

    [Required(ErrorMessage = "请填写岗位名称")]
    [StringLength(100, ErrorMessage = "岗位名称不能超过100个字")]
    public string Title { get; set; } = "";

    [StringLength(2000, ErrorMessage = "岗位说明不能超过2000个字")]
    public string? Description { get; set; }

    /// <summary>Nine-digit township code where the work is.</summary>
    [Required(ErrorMessage = "请选择工作地点所在乡镇（街道）")]
    [RegularExpression(@"^\d{9}$", ErrorMessage = "请选择工作地点所在乡镇（街道）")]
    public string TownshipCode { get; set; } = "";

    [MaxLength(10, ErrorMessage = "技能标签最多10个")]
    public List<string> Tags { get; set; } = [];

    [Range(1, 1000, ErrorMessage = "招聘人数应在1到1000之间")]
    public int Openings { get; set; }

    [Required(ErrorMessage = "请填写薪资待遇")]
    [StringLength(50, ErrorMessage = "薪资待遇不能超过50个字")]
    public string WageText { get; set; } = "";

    [Required(ErrorMessage = "请填写联系人")]
    [StringLength(20, ErrorMessage = "联系人不能超过20个字")]
    public string ContactName { get; set; } = "";

    [Required(ErrorMessage = "请填写联系电话")]
    [RegularExpression(@"^(1\d{10}|\d{3,4}-?\d{7,8})$", ErrorMessage = "联系电话格式不正确")]
    public string ContactPhone { get; set; } = "";

    [Required(ErrorMessage = "请填写有效期")]
    public DateOnly? ValidUntil { get; set; }

    /// <summary>When editing: 招聘中 or 已关闭 (已招满 follows from hiring).</summary>
    public JobStatus? Status { get; set; }
}

/// <summary>A posting as staff see it.</summary>
public sealed record JobDetail(int Id, int UnionId, string UnionName, string Employer, string Title, string Description, string TownshipCode,
    string TownshipName, IReadOnlyList<string> Tags, int Openings, int Hired, string WageText, string ContactName, string ContactPhone,
    DateOnly ValidUntil, JobStatus Status, string StatusText);

/// <summary>Staff enter or edit a posting of their subtree. Openings cannot drop below those already filled.</summary>
public sealed class SaveJobPosting(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<JobDetail>> HandleAsync(int? id, JobInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        JobPosting? posting = null;
        if (id is { } existing)
        {
            posting = await db.JobPostings.FirstOrDefaultAsync(p => p.Id == existing, ct);
            if (posting is null || !await scope.CoversUnionAsync(posting.UnionId, ct))
            {
                return TrainingProblems.PostingNotFound;
            }
        }
        AppProblem? problem = null;
        void Add(string field, string message) => problem = (problem ?? CommonProblems.Validation).WithError(field, message);
        if (string.IsNullOrWhiteSpace(input.Employer))
        {
            Add("employer", "请填写用人单位");
        }
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            Add("title", "请填写岗位名称");
        }
        if (input.Openings is < 1 or > 1000)
        {
            Add("openings", "招聘人数应在1到1000之间");
        }
        else if (posting is not null && input.Openings < posting.Hired)
        {
            Add("openings", $"已录用{posting.Hired}人，招聘人数不能少于录用人数");
        }
        var township = input.TownshipCode?.Trim() ?? "";
        if (!await db.Regions.AnyAsync(r => r.Code == township && r.Level == RegionLevel.Township, ct))
        {
            Add("townshipCode", "请选择工作地点所在乡镇（街道）");
        }
        if (!PhoneNumbers.TryNormalize(input.ContactPhone, out var phone) && !System.Text.RegularExpressions.Regex.IsMatch(input.ContactPhone ?? "", @"^\d{3,4}-?\d{7,8}$"))
        {
            Add("contactPhone", "联系电话格式不正确");
        }
        if (input.ValidUntil is null)
        {
            Add("validUntil", "请填写有效期");
        }
        var tags = CourseRules.CleanTags(input.Tags);
        if (tags.Count > 10 || tags.Any(t => t.Length > 20))
        {
            Add("tags", "技能标签最多10个，每个不超过20个字");
        }
        if (!await db.Unions.AnyAsync(u => u.Id == input.UnionId, ct))
        {
            Add("unionId", "未找到该工会");
        }
        else if (!await scope.CoversUnionAsync(input.UnionId, ct))
        {
            return CommonProblems.Forbidden.WithDetail("录入工会不在您的管理范围内");
        }
        if (problem is not null)
        {
            return problem;
        }
        var now = time.GetUtcNow();
        if (posting is null)
        {
            posting = new JobPosting { CreatedAt = now, Status = JobStatus.Open };
            db.JobPostings.Add(posting);
        }
        posting.UnionId = input.UnionId;
        posting.Employer = input.Employer.Trim();
        posting.Title = input.Title.Trim();
        posting.Description = input.Description?.Trim() ?? "";
        posting.TownshipCode = township;
        posting.Tags = tags;
        posting.Openings = input.Openings;
        posting.WageText = input.WageText.Trim();
        posting.ContactName = input.ContactName.Trim();
        posting.ContactPhone = string.IsNullOrEmpty(phone) ? (input.ContactPhone ?? "").Trim() : phone;
        posting.ValidUntil = input.ValidUntil!.Value;
        if (input.Status is { } status && status != JobStatus.Filled)
        {
            posting.Status = status;
        }
        if (posting.Status == JobStatus.Open && posting.Hired >= posting.Openings)
        {
            posting.Status = JobStatus.Filled;
        }
        else if (posting.Status == JobStatus.Filled && posting.Hired < posting.Openings)
        {
            posting.Status = JobStatus.Open;
        }
        posting.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return await JobQueries.DetailAsync(db, posting.Id, ct) is { } detail ? detail : TrainingProblems.PostingNotFound;
    }
}
