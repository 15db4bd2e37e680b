using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Moderation;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Needs;

/// <summary>How one option fared.</summary>
/// <param name="Index">Its index from 0.</param>
/// <param name="Text">The option.</param>
/// <param name="Count">Respondents who chose it.</param>
/// <param name="Percent">Of the respondents, rounded (multiple-choice shares can add up to more than 100).</param>
public sealed record OptionResult(int Index, string Text, int Count, int Percent);

/// <summary>The answers to one question.</summary>
/// <param name="Number">Question number.</param>
/// <param name="Text">The question.</param>
/// <param name="AllowMultiple">Whether several choices were allowed.</param>
/// <param name="Options">Counts per option, in the question's order.</param>
public sealed record QuestionResult(int Number, string Text, bool AllowMultiple, IReadOnlyList<OptionResult> Options);

/// <summary>Needs submitted with the survey in one category.</summary>
/// <param name="Category">The category.</param>
/// <param name="Name">Its Chinese name.</param>
/// <param name="Needs">Needs (rejected ones left out).</param>
/// <param name="MeToos">"Me too"s on them.</param>
public sealed record CategoryResult(NeedCategory Category, string Name, int Needs, int MeToos);

/// <summary>A survey's results.</summary>
/// <param name="Survey">The survey.</param>
/// <param name="Respondents">Answered questionnaires.</param>
/// <param name="Questions">Per question, counts per option.</param>
/// <param name="Categories">Per category of the survey, the needs submitted with it.</param>
public sealed record SurveyResultsView(SurveyView Survey, int Respondents, IReadOnlyList<QuestionResult> Questions, IReadOnlyList<CategoryResult> Categories);

/// <summary>Staff read a survey of their subtree: counts per option per question, and needs per category.</summary>
public sealed class SurveyResults(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<SurveyResultsView>> HandleAsync(int surveyId, CancellationToken ct)
    {
        var row = await SurveyViews.Rows(db.NeedsSurveys.AsNoTracking().Where(s => s.Id == surveyId), db).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return NeedsProblems.SurveyNotFound;
        }
        if (!await scope.CoversUnionAsync(row.Survey.UnionId, ct))
        {
            return NeedsProblems.SurveyOutOfScope;
        }
        var answers = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId).Select(r => r.Answers).ToListAsync(ct);
        var chosen = answers.SelectMany(a => a).SelectMany(a => a.Choices.Distinct().Select(c => (a.QuestionNumber, Choice: c)))
            .CountBy(x => x).ToDictionary(x => x.Key, x => x.Value);
        var respondents = answers.Count;
        var questions = SurveyViews.Questions(row.Survey).Select(q => new QuestionResult(q.Number, q.Text, q.AllowMultiple,
            q.Options.Select((text, index) =>
            {
                var count = chosen.GetValueOrDefault((q.Number, index));
                return new OptionResult(index, text, count, respondents == 0 ? 0 : (int)Math.Round(100.0 * count / respondents, MidpointRounding.AwayFromZero));
            }).ToList())).ToList();

        var needs = await db.Needs.AsNoTracking().Where(n => n.SurveyId == surveyId && n.Moderation != ModerationStatus.Rejected)
            .GroupBy(n => n.Category)
            .Select(g => new { Category = g.Key, Needs = g.Count(), MeToos = g.Sum(n => n.MeTooCount) })
            .ToListAsync(ct);
        var categories = row.Survey.Categories.Union(needs.Select(n => n.Category)).Order()
            .Select(c => needs.FirstOrDefault(n => n.Category == c) is { } n
                ? new CategoryResult(c, c.Chinese(), n.Needs, n.MeToos)
                : new CategoryResult(c, c.Chinese(), 0, 0))
            .ToList();
        return new SurveyResultsView(SurveyViews.ToView(row, time.LocalToday()), respondents, questions, categories);
    }
}
