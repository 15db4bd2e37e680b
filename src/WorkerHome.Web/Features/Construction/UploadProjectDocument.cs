using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Files;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Construction;

/// <summary>An upload: which project, what kind, for which milestone (evidence only), its title and content.</summary>
public sealed record DocumentUpload(int ProjectId, ProjectDocumentKind Kind, int? MilestoneId, string? Title, Stream Content, string? FileName);

/// <summary>
/// Attaches a file to a project: application documents while the applicant drafts, a milestone's evidence while the
/// project is being built, acceptance records from either side once it is selected. The file is checked by
/// <see cref="Uploads"/> (type by content, at most 10 MB) before anything is saved.
/// </summary>
public sealed class UploadProjectDocument(AppDbContext db, ProjectFlow flow, CurrentUser user, TimeProvider time)
{
    public async Task<Outcome<DocumentView>> HandleAsync(DocumentUpload upload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (!Enum.IsDefined(upload.Kind))
        {
            return CommonProblems.Field("kind", "材料类型应为 Application（申报材料）或 Acceptance（验收材料）");
        }
        var loaded = await flow.LoadAsync(upload.ProjectId, upload.Kind == ProjectDocumentKind.Acceptance ? ProjectSide.Reviewer : ProjectSide.Applicant, ct);
        if (!loaded.Succeeded && !(upload.Kind == ProjectDocumentKind.Acceptance && loaded.Problem == ConstructionProblems.NotReviewer))
        {
            return loaded.Problem;
        }
        var project = loaded.Succeeded ? loaded.Value : await db.ConstructionProjects.SingleAsync(p => p.Id == upload.ProjectId, ct);
        switch (upload.Kind)
        {
            case ProjectDocumentKind.Application when project.Stage != ProjectStage.Draft:
                return ProjectFlow.WrongStage(project, "申报材料只能在草稿阶段上传");
            case ProjectDocumentKind.Evidence when project.Stage != ProjectStage.Selected:
                return ProjectFlow.WrongStage(project, "节点佐证只能在立项后、申请验收前上传");
            case ProjectDocumentKind.Acceptance when project.Stage is not (ProjectStage.Selected or ProjectStage.AwaitingAcceptance):
                return ProjectFlow.WrongStage(project, "验收材料只能在立项后上传");
        }
        if (upload.Kind == ProjectDocumentKind.Evidence
            && !await db.ProjectMilestones.AnyAsync(m => m.Id == upload.MilestoneId && m.ProjectId == project.Id, ct))
        {
            return ConstructionProblems.MilestoneNotFound;
        }
        var title = upload.Title?.Trim() ?? "";
        if (title.Length > 100)
        {
            return CommonProblems.Field("title", "材料名称不能超过100个字");
        }
        var now = time.GetUtcNow();
        var file = await Uploads.ReadAsync(upload.Content, upload.FileName, user.UserId ?? Guid.Empty, now, ct);
        if (!file.Succeeded)
        {
            return file.Problem;
        }
        var document = new ProjectDocument
        {
            ProjectId = project.Id,
            MilestoneId = upload.Kind == ProjectDocumentKind.Evidence ? upload.MilestoneId : null,
            Kind = upload.Kind,
            Title = title.Length > 0 ? title : Path.GetFileNameWithoutExtension(file.Value.FileName) is { Length: > 0 and <= 100 } n ? n : file.Value.FileName[..Math.Min(100, file.Value.FileName.Length)],
            FileId = file.Value.Id,
            UploadedBy = file.Value.UploadedBy,
            UploadedAt = now,
        };
        db.StoredFiles.Add(file.Value);
        db.ProjectDocuments.Add(document);
        await db.SaveChangesAsync(ct);
        return new DocumentView(document.Id, document.Kind, Infrastructure.Text.EnumText.Chinese(document.Kind), document.Title, file.Value.FileName,
            file.Value.ContentType, file.Value.Length, file.Value.Sha256, document.MilestoneId, now);
    }
}
