using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Construction;

/// <summary>A file attached to a project: an application document, a milestone's evidence, or an acceptance record.</summary>
public sealed class ProjectDocument
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public int? MilestoneId { get; set; }
    public ProjectDocumentKind Kind { get; set; }
    public string Title { get; set; } = "";
    public Guid FileId { get; set; }
    public Guid UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

public enum ProjectDocumentKind
{
    [Display(Name = "申报材料")]
    Application = 1,

    [Display(Name = "节点佐证")]
    Evidence = 2,

    [Display(Name = "验收材料")]
    Acceptance = 3,
}
