using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Moderation;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Needs;

/// <summary>Where a survey's period stands today.</summary>
public enum SurveyState
{
    [Display(Name = "未开始")]
    Upcoming = 1,

    [Display(Name = "进行中")]
    Open = 2,

    [Display(Name = "已结束")]
    Closed = 3,
}

/// <summary>A survey question as shown.</summary>
/// <param name="Number">1, 2, 3 … in order.</param>
/// <param name="Text">The question.</param>
/// <param name="Options">The choices; answers name them by index from 0.</param>
/// <param name="AllowMultiple">Whether several choices may be picked.</param>
public sealed record SurveyQuestionView(int Number, string Text, IReadOnlyList<string> Options, bool AllowMultiple);

/// <summary>A needs survey for staff.</summary>
/// <param name="Id">Survey id.</param>
/// <param name="UnionId">The union that opened it (it covers that union's subtree).</param>
/// <param name="UnionName">Its name.</param>
/// <param name="Title">Title.</param>
/// <param name="Description">What it is for.</param>
/// <param name="OpensOn">First day.</param>
/// <param name="ClosesOn">Last day.</param>
/// <param name="State">Upcoming, Open or Closed today.</param>
/// <param name="StateName">The state in Chinese.</param>
/// <param name="Categories">The categories it collects needs for.</param>
/// <param name="Questions">Its multiple-choice questions.</param>
/// <param name="ResponseCount">Answered questionnaires.</param>
/// <param name="NeedCount">Needs submitted with it (not counting rejected ones).</param>
/// <param name="CreatedAt">When it was opened.</param>
public sealed record SurveyView(int Id, int UnionId, string UnionName, string Title, string? Description, DateOnly OpensOn, DateOnly ClosesOn,
    SurveyState State, string StateName, IReadOnlyList<CategoryItem> Categories, IReadOnlyList<SurveyQuestionView> Questions,
    int ResponseCount, int NeedCount, DateTimeOffset CreatedAt);

internal sealed record SurveyRow(NeedsSurvey Survey, string UnionName, int ResponseCount, int NeedCount);

internal static class SurveyViews
{
    public static IQueryable<SurveyRow> Rows(IQueryable<NeedsSurvey> surveys, AppDbContext db) => surveys.Select(s => new SurveyRow(
        s,
        db.Unions.Where(u => u.Id == s.UnionId).Select(u => u.Name).FirstOrDefault() ?? "",
        db.SurveyResponses.Count(r => r.SurveyId == s.Id),
        db.Needs.Count(n => n.SurveyId == s.Id && n.Moderation != ModerationStatus.Rejected)));

    public static SurveyView ToView(SurveyRow row, DateOnly today)
    {
        var s = row.Survey;
        var state = StateOn(s, today);
        return new SurveyView(s.Id, s.UnionId, row.UnionName, s.Title, s.Description, s.OpensOn, s.ClosesOn, state, state.Chinese(),
            s.Categories.Select(CategoryItem.Of).ToList(), Questions(s), row.ResponseCount, row.NeedCount, s.CreatedAt);
    }

    public static SurveyState StateOn(NeedsSurvey survey, DateOnly today) =>
        today < survey.OpensOn ? SurveyState.Upcoming : today > survey.ClosesOn ? SurveyState.Closed : SurveyState.Open;

    public static IReadOnlyList<SurveyQuestionView> Questions(NeedsSurvey survey) =>
        survey.Questions.OrderBy(q => q.Number).Select(q => new SurveyQuestionView(q.Number, q.Text, q.Options, q.AllowMultiple)).ToList();
}
