using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Construction;

/// <summary>A document's file, to download.</summary>
public sealed record DocumentFile(string FileName, string ContentType, byte[] Content);

/// <summary>Either side of a project downloads its documents; nobody else learns they exist.</summary>
public sealed class DownloadProjectDocument(AppDbContext db, ProjectFlow flow)
{
    public async Task<Outcome<DocumentFile>> HandleAsync(int projectId, int documentId, CancellationToken ct)
    {
        var project = await db.ConstructionProjects.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => new { p.UnionId, p.ReviewerUnionId }).FirstOrDefaultAsync(ct);
        if (project is null)
        {
            return ConstructionProblems.NotFound;
        }
        var (applicant, reviewer) = await flow.SidesAsync(project.UnionId, project.ReviewerUnionId, ct);
        if (!applicant && !reviewer)
        {
            return ConstructionProblems.NotFound;
        }
        var file = await db.ProjectDocuments.AsNoTracking().Where(d => d.Id == documentId && d.ProjectId == projectId)
            .Join(db.StoredFiles, d => d.FileId, f => f.Id, (d, f) => new DocumentFile(f.FileName, f.ContentType, f.Content))
            .FirstOrDefaultAsync(ct);
        return file is null ? ConstructionProblems.DocumentNotFound : file;
    }
}

/// <summary>The applicant removes an application document while the project is a draft; the stored file goes with it.</summary>
public sealed class DeleteProjectDocument(AppDbContext db, ProjectFlow flow)
{
    public async Task<Outcome<Done>> HandleAsync(int projectId, int documentId, CancellationToken ct)
    {
        var loaded = await flow.LoadAsync(projectId, ProjectSide.Applicant, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem;
        }
        var document = await db.ProjectDocuments.FirstOrDefaultAsync(d => d.Id == documentId && d.ProjectId == projectId, ct);
        if (document is null)
        {
            return ConstructionProblems.DocumentNotFound;
        }
        if (loaded.Value.Stage != ProjectStage.Draft || document.Kind != ProjectDocumentKind.Application)
        {
            return ProjectFlow.WrongStage(loaded.Value, "只有草稿的申报材料可以删除");
        }
        return await db.InTransactionAsync<Done>(async token =>
        {
            db.ProjectDocuments.Remove(document);
            await db.SaveChangesAsync(token);
            await db.StoredFiles.Where(f => f.Id == document.FileId).ExecuteDeleteAsync(token);
            return Done.Value;
        }, ct);
    }
}
