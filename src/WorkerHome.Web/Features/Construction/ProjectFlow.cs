using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Standards;
using WorkerHome.Features.Account;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Construction;

/// <summary>Which side of a project a step is taken for: the applying union, or the level above that reviews it.</summary>
public enum ProjectSide
{
    Applicant,
    Reviewer,
}

/// <summary>
/// What every step of a project needs: the project loaded for the side that may take the step (404 when the caller
/// sees neither side, 403 when only the other), the step written to the history, and the other side told.
/// </summary>
public sealed class ProjectFlow(AppDbContext db, DataScope scope, CurrentUser user, Notifier notifier, TimeProvider time)
{
    public async Task<Outcome<ConstructionProject>> LoadAsync(int id, ProjectSide side, CancellationToken ct)
    {
        var project = await db.ConstructionProjects.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return ConstructionProblems.NotFound;
        }
        var (applicant, reviewer) = await SidesAsync(project.UnionId, project.ReviewerUnionId, ct);
        if (!applicant && !reviewer)
        {
            return ConstructionProblems.NotFound;
        }
        return side switch
        {
            ProjectSide.Applicant when !applicant => ConstructionProblems.OutOfScope,
            ProjectSide.Reviewer when !reviewer => ConstructionProblems.NotReviewer,
            _ => project,
        };
    }

    /// <summary>Whether the caller acts for the applicant (scope covers it) and for the reviewer (scope covers the level above).</summary>
    public async Task<(bool Applicant, bool Reviewer)> SidesAsync(int unionId, int reviewerUnionId, CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        var paths = await db.Unions.AsNoTracking().Where(u => u.Id == unionId || u.Id == reviewerUnionId)
            .ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        return (paths.TryGetValue(unionId, out var a) && access.Covers(a), paths.TryGetValue(reviewerUnionId, out var r) && access.Covers(r));
    }

    /// <summary>Adds the step to the unit of work, with the stage the project is now in.</summary>
    public async Task RecordAsync(ConstructionProject project, ProjectStepKind kind, ProjectSide side, string? comment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(project);
        db.ProjectSteps.Add(new ProjectStep
        {
            ProjectId = project.Id,
            Kind = kind,
            StageAfter = project.Stage,
            ActorId = user.UserId ?? Guid.Empty,
            ActorName = await ActorNameAsync(ct),
            ActorUnionId = side == ProjectSide.Reviewer ? project.ReviewerUnionId : project.UnionId,
            At = time.GetUtcNow(),
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        });
    }

    /// <summary>
    /// Measures the project's site against the standard for the project's form and rating, as the acting user for
    /// one side: the applicant's self-assessment or the reviewer's acceptance inspection.
    /// </summary>
    public async Task<Outcome<SiteAssessment>> MeasureAsync(ConstructionProject project, ProjectSide side, ProjectAnswers input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(input);
        var stamp = side == ProjectSide.Reviewer
            ? new AssessorStamp(AssessmentKind.Inspection, user.UserId ?? Guid.Empty, await ActorNameAsync(ct), project.ReviewerUnionId, time.GetUtcNow(), input.Comment, project.Id)
            : new AssessorStamp(AssessmentKind.SelfAssessment, user.UserId ?? Guid.Empty, await ActorNameAsync(ct), project.UnionId, time.GetUtcNow(), input.Comment, project.Id);
        return await AssessmentAnswers.MeasureAsync(db, project.SiteId, project.Form, project.Rating, input.Answers, stamp, ct);
    }

    /// <summary>The acting user's display name, as steps and assessments keep it.</summary>
    public async Task<string> ActorNameAsync(CancellationToken ct)
    {
        var userId = user.UserId ?? Guid.Empty;
        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? user.UserName;
        return name.Length > 50 ? name[..50] : name;
    }

    /// <summary>Tells the staff of one union (the applicant or the reviewer) about the project, in the same unit of work.</summary>
    public async Task NotifyAsync(ConstructionProject project, ProjectSide to, string title, string body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(project);
        var unionId = to == ProjectSide.Reviewer ? project.ReviewerUnionId : project.UnionId;
        var staff = await db.RoleGrants.AsNoTracking().Where(g => g.UnionId == unionId && g.Role == Role.Staff)
            .Select(g => g.UserId).Distinct().ToListAsync(ct);
        notifier.Notify(staff, title, body, $"/console/projects/{project.Id}");
    }

    /// <summary>Moves the project on and saves; an edit by someone else in between is a 409, not an overwrite.</summary>
    public async Task<AppProblem?> SaveAsync(ConstructionProject project, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(project);
        project.Version++;
        project.UpdatedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommonProblems.StaleVersion;
        }
    }

    public static AppProblem WrongStage(ConstructionProject project, string need)
    {
        ArgumentNullException.ThrowIfNull(project);
        return ConstructionProblems.WrongStage.WithDetail($"项目处于“{Infrastructure.Text.EnumText.Chinese(project.Stage)}”，{need}");
    }
}
