using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Standards;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Construction;

/// <summary>
/// A project as the applicant or the reviewer sees it: its fields, where it stands, its history, milestones (late
/// ones flagged), documents, scores, and the steps the caller may take next (<see cref="ProjectDetail.Actions"/>).
/// </summary>
public sealed class GetProject(AppDbContext db, ProjectFlow flow, TimeProvider time)
{
    public async Task<Outcome<ProjectDetail>> HandleAsync(int id, CancellationToken ct)
    {
        var p = await db.ConstructionProjects.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return ConstructionProblems.NotFound;
        }
        var (applicant, reviewer) = await flow.SidesAsync(p.UnionId, p.ReviewerUnionId, ct);
        if (!applicant && !reviewer)
        {
            return ConstructionProblems.NotFound;
        }
        var steps = await db.ProjectSteps.AsNoTracking().Where(s => s.ProjectId == id).OrderBy(s => s.At).ThenBy(s => s.Id).ToListAsync(ct);
        var unionIds = steps.Select(s => s.ActorUnionId).Concat([p.UnionId, p.CountyUnionId, p.ReviewerUnionId]).Distinct().ToList();
        var names = await db.Unions.AsNoTracking().Where(u => unionIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var site = await db.Sites.AsNoTracking().Where(s => s.Id == p.SiteId).Select(s => new { s.Name, s.Status }).SingleAsync(ct);
        var today = time.LocalToday();
        var documents = await db.ProjectDocuments.AsNoTracking().Where(d => d.ProjectId == id).OrderBy(d => d.UploadedAt).ThenBy(d => d.Id)
            .Join(db.StoredFiles, d => d.FileId, f => f.Id, (d, f) => new { d, f.FileName, f.ContentType, f.Length, f.Sha256 })
            .ToListAsync(ct);
        var milestones = (await db.ProjectMilestones.AsNoTracking().Where(m => m.ProjectId == id).OrderBy(m => m.SortOrder).ThenBy(m => m.Id).ToListAsync(ct))
            .Select(m => new MilestoneView(m.Id, m.Title, m.DueOn, m.SortOrder, m.DoneAt, m.Note, m.IsLate(today),
                documents.Count(d => d.d.MilestoneId == m.Id)))
            .ToList();
        var inspection = await db.SiteAssessments.AsNoTracking()
            .Where(a => a.ProjectId == id && a.Kind == AssessmentKind.Inspection).OrderByDescending(a => a.AssessedAt).ThenByDescending(a => a.Id)
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        var selfAssessment = await ScoreAsync(p.SelfAssessmentId, ct);
        var lastInspection = await ScoreAsync(inspection, ct);

        var actions = new List<string>();
        if (applicant)
        {
            switch (p.Stage)
            {
                case ProjectStage.Draft:
                    actions.AddRange(["edit", "self-assess", "upload-document", "delete-document", "submit"]);
                    break;
                case ProjectStage.Selected:
                    actions.AddRange(["set-milestones", "upload-evidence", "complete-milestone", "upload-acceptance-document"]);
                    if (milestones.Count > 0 && milestones.All(m => m.DoneAt is not null))
                    {
                        actions.Add("request-acceptance");
                    }
                    break;
                case ProjectStage.AwaitingAcceptance:
                    actions.Add("upload-acceptance-document");
                    break;
            }
        }
        if (reviewer)
        {
            actions.AddRange(p.Stage switch
            {
                ProjectStage.Submitted => ["review"],
                ProjectStage.Reviewed => ["select", "pass-over"],
                ProjectStage.AwaitingAcceptance => ["inspect", "upload-acceptance-document"],
                _ => [],
            });
        }
        if (p.Stage is not (ProjectStage.Rejected or ProjectStage.NotSelected))
        {
            actions.Add("funding");
        }

        return new ProjectDetail(p.Id, p.Year, p.Name, p.UnionId, names[p.UnionId], p.CountyUnionId, names[p.CountyUnionId],
            p.ReviewerUnionId, names[p.ReviewerUnionId], p.SiteId, site.Name, site.Status, site.Status.Chinese(),
            p.Form, p.Form.Chinese(), p.Rating, p.Rating.Chinese(), p.Stage, p.Stage.Chinese(), p.Description,
            p.BudgetFen, p.RequestedSubsidyFen, p.ApprovedSubsidyFen, p.ReviewScore, p.ReviewComment,
            selfAssessment, p.AcceptanceAssessmentId is null ? null : lastInspection, p.AcceptanceAssessmentId is null ? lastInspection : null,
            p.SubmittedAt, p.SelectedAt, p.AcceptedAt, p.Version,
            steps.Select(s => new ProjectStepView(s.Kind, s.Kind.Chinese(), s.StageAfter, s.StageAfter.Chinese(), s.ActorName,
                names.GetValueOrDefault(s.ActorUnionId, ""), s.At, s.Comment)).ToList(),
            milestones,
            documents.Select(d => new DocumentView(d.d.Id, d.d.Kind, d.d.Kind.Chinese(), d.d.Title, d.FileName, d.ContentType, d.Length,
                d.Sha256, d.d.MilestoneId, d.d.UploadedAt)).ToList(),
            actions);
    }

    private async Task<ProjectScore?> ScoreAsync(int? assessmentId, CancellationToken ct)
    {
        if (assessmentId is not { } aid)
        {
            return null;
        }
        var a = await db.SiteAssessments.AsNoTracking().SingleAsync(x => x.Id == aid, ct);
        var missedIds = a.Results.Where(r => !r.Met).Select(r => r.ItemId).ToList();
        var missed = await db.StandardItems.AsNoTracking().Where(i => missedIds.Contains(i.Id)).OrderBy(i => i.SortOrder)
            .Select(i => i.Category + "：" + i.Title).ToListAsync(ct);
        return new ProjectScore(a.Id, a.Kind, a.Score, a.MaxScore, a.PassScore, a.Passed, a.AssessorName, a.AssessedAt, a.Comment, missed);
    }
}

/// <summary>
/// A project in full. <c>actions</c> lists what the caller may do now: edit, self-assess, upload-document,
/// delete-document, submit, review, select, pass-over, set-milestones, upload-evidence, complete-milestone,
/// request-acceptance, upload-acceptance-document, inspect, funding.
/// </summary>
public sealed record ProjectDetail(
    int Id, int Year, string Name,
    int UnionId, string UnionName, int CountyUnionId, string CountyName, int ReviewerUnionId, string ReviewerName,
    int SiteId, string SiteName, SiteStatus SiteStatus, string SiteStatusName,
    SiteForm Form, string FormName, SiteRating Rating, string RatingName, ProjectStage Stage, string StageName, string? Description,
    long BudgetFen, long RequestedSubsidyFen, long? ApprovedSubsidyFen, int? ReviewScore, string? ReviewComment,
    ProjectScore? SelfAssessment, ProjectScore? Acceptance, ProjectScore? FailedInspection,
    DateTimeOffset? SubmittedAt, DateTimeOffset? SelectedAt, DateTimeOffset? AcceptedAt, int Version,
    IReadOnlyList<ProjectStepView> Steps, IReadOnlyList<MilestoneView> Milestones, IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<string> Actions);

/// <summary>A self-assessment or inspection score, with the checklist items it missed.</summary>
public sealed record ProjectScore(int Id, AssessmentKind Kind, int Score, int MaxScore, int PassScore, bool Passed, string AssessorName,
    DateTimeOffset AssessedAt, string? Comment, IReadOnlyList<string> Missed);

/// <summary>One step of the history.</summary>
public sealed record ProjectStepView(ProjectStepKind Kind, string KindName, ProjectStage StageAfter, string StageName, string ActorName,
    string ActorUnionName, DateTimeOffset At, string? Comment);

/// <summary>A milestone; late when undone past its date (Beijing).</summary>
public sealed record MilestoneView(int Id, string Title, DateOnly DueOn, int SortOrder, DateTimeOffset? DoneAt, string? Note, bool Late, int EvidenceCount);

/// <summary>An attached document (download it from <c>/api/projects/{id}/documents/{documentId}</c>).</summary>
public sealed record DocumentView(int Id, ProjectDocumentKind Kind, string KindName, string Title, string FileName, string ContentType,
    long Length, string Sha256, int? MilestoneId, DateTimeOffset UploadedAt);
