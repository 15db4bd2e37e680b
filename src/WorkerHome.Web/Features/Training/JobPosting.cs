using System.ComponentModel.DataAnnotations;
using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Training;

/// <summary>A job a local employer offers (招聘岗位), entered by union staff.</summary>
public sealed class JobPosting : IAudited
{
    public int Id { get; set; }
    public int UnionId { get; set; }
    public string Employer { get; set; } = "";
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string TownshipCode { get; set; } = "";
    public List<string> Tags { get; set; } = [];
    public int Openings { get; set; }

    /// <summary>Openings filled; moved only by a conditional statement, so hiring never exceeds the openings.</summary>
    [NotAudited]
    public int Hired { get; set; }

    public string WageText { get; set; } = "";
    public string ContactName { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public DateOnly ValidUntil { get; set; }
    public JobStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => Employer + " " + Title;
}

public enum JobStatus
{
    [Display(Name = "招聘中")]
    Open = 0,

    [Display(Name = "已招满")]
    Filled = 1,

    [Display(Name = "已关闭")]
    Closed = 2,
}
