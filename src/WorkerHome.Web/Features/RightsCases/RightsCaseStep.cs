using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.RightsCases;

/// <summary>One step of a case's history: who did what, when, and whether the worker sees it. Never changed or removed.</summary>
public sealed class RightsCaseStep
{
    public const int MaxTextLength = 2000;

    public long Id { get; set; }
    public int CaseId { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? ByUserId { get; set; }
    public string ByName { get; set; } = "";
    public RightsStepKind Kind { get; set; }
    public string Text { get; set; } = "";
    public bool VisibleToWorker { get; set; }
}

public enum RightsStepKind
{
    [Display(Name = "提交")]
    Submitted = 1,

    [Display(Name = "分派")]
    Assigned = 2,

    [Display(Name = "办理记录")]
    Note = 3,

    [Display(Name = "上报")]
    Escalated = 4,

    [Display(Name = "建议结果")]
    OutcomeProposed = 5,

    [Display(Name = "办结")]
    Closed = 6,

    [Display(Name = "评价")]
    Rated = 7,

    [Display(Name = "材料")]
    Document = 8,
}

/// <summary>A file attached to a case by the worker or by staff (stored in StoredFiles, checked by Uploads).</summary>
public sealed class RightsCaseDocument
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public Guid FileId { get; set; }
    public string FileName { get; set; } = "";
    public Guid UploadedBy { get; set; }
    public bool ByWorker { get; set; }

    /// <summary>The worker's own files always; staff files when shared with the worker.</summary>
    public bool VisibleToWorker { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>The last serial handed out in a year; its row lock makes case numbers distinct under any concurrency.</summary>
public sealed class RightsCaseSequence
{
    public int Year { get; set; }
    public int Last { get; set; }
}
