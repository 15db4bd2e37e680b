using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Time;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Needs;

/// <summary>A survey a worker can answer now.</summary>
/// <param name="Id">Survey id.</param>
/// <param name="Title">Title.</param>
/// <param name="Description">What it is for.</param>
/// <param name="UnionName">The union asking.</param>
/// <param name="OpensOn">First day.</param>
/// <param name="ClosesOn">Last day.</param>
/// <param name="Categories">The categories it collects needs for.</param>
/// <param name="Questions">Its questions (may be none: then it only collects needs).</param>
/// <param name="Answered">Whether the signed-in worker has answered the questions.</param>
public sealed record OpenSurveyItem(int Id, string Title, string? Description, string UnionName, DateOnly OpensOn, DateOnly ClosesOn,
    IReadOnlyList<CategoryItem> Categories, IReadOnlyList<SurveyQuestionView> Questions, bool Answered);

/// <summary>
/// The surveys open today that concern the caller. A survey covers the subtree of the union that opened it, so a
/// worker sees those of their home union and of every union above it; a worker without a home union (or a visitor)
/// sees every open survey.
/// </summary>
public sealed class ListOpenSurveys(AppDbContext db, CurrentUser current, TimeProvider time)
{
    public async Task<IReadOnlyList<OpenSurveyItem>> HandleAsync(CancellationToken ct)
    {
        var today = time.LocalToday();
        var surveys = db.NeedsSurveys.AsNoTracking().Where(s => s.OpensOn <= today && s.ClosesOn >= today);
        var me = current.UserId ?? Guid.Empty;
        var homePath = await db.Users.Where(u => u.Id == me)
            .Select(u => db.Unions.Where(x => x.Id == u.HomeUnionId).Select(x => x.Path).FirstOrDefault())
            .FirstOrDefaultAsync(ct);
        if (homePath is not null)
        {
            var chain = UnionPaths.Ids(homePath);
            surveys = surveys.Where(s => chain.Contains(s.UnionId));
        }
        var rows = await surveys.OrderBy(s => s.ClosesOn).ThenBy(s => s.Id)
            .Select(s => new
            {
                Survey = s,
                UnionName = db.Unions.Where(u => u.Id == s.UnionId).Select(u => u.Name).FirstOrDefault() ?? "",
                Answered = db.SurveyResponses.Any(r => r.SurveyId == s.Id && r.UserId == me),
            })
            .ToListAsync(ct);
        return rows.Select(r => new OpenSurveyItem(r.Survey.Id, r.Survey.Title, r.Survey.Description, r.UnionName, r.Survey.OpensOn,
            r.Survey.ClosesOn, r.Survey.Categories.Select(CategoryItem.Of).ToList(), SurveyViews.Questions(r.Survey), r.Answered)).ToList();
    }
}
