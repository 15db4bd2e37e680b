using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Needs;

/// <summary>A worker's answers to a survey's questions.</summary>
public sealed record RespondToSurveyRequest
{
    /// <summary>One answer per question.</summary>
    public List<SurveyAnswerInput> Answers { get; set; } = [];
}

/// <summary>The choices for one question.</summary>
public sealed record SurveyAnswerInput
{
    /// <summary>The question's number (1, 2, …).</summary>
    public int QuestionNumber { get; set; }

    /// <summary>Indexes of the chosen options, from 0; exactly one unless the question allows several.</summary>
    public List<int> Choices { get; set; } = [];
}

/// <summary>A recorded response.</summary>
/// <param name="SurveyId">The survey.</param>
/// <param name="SubmittedAt">When it was recorded.</param>
public sealed record SurveyResponseResult(int SurveyId, DateTimeOffset SubmittedAt);

/// <summary>A worker answers a survey open today, once; every question answered with valid choices.</summary>
public sealed class RespondToSurvey(AppDbContext db, CurrentUser current, TimeProvider time)
{
    public async Task<Outcome<SurveyResponseResult>> HandleAsync(int surveyId, RespondToSurveyRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var survey = await db.NeedsSurveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == surveyId, ct);
        if (survey is null)
        {
            return NeedsProblems.SurveyNotFound;
        }
        if (!survey.IsOpenOn(time.LocalToday()))
        {
            return NeedsProblems.SurveyNotOpen.WithDetail(string.Create(CultureInfo.InvariantCulture, $"调查期为 {survey.OpensOn:yyyy-MM-dd} 至 {survey.ClosesOn:yyyy-MM-dd}"));
        }
        var homePath = await db.Users.Where(u => u.Id == userId)
            .Select(u => db.Unions.Where(x => x.Id == u.HomeUnionId).Select(x => x.Path).FirstOrDefault())
            .FirstOrDefaultAsync(ct);
        if (homePath is not null && !UnionPaths.Ids(homePath).Contains(survey.UnionId))
        {
            return NeedsProblems.SurveyNotForYou;
        }
        var problem = Check(survey, request.Answers ?? []);
        if (problem is not null)
        {
            return problem;
        }
        if (await db.SurveyResponses.AnyAsync(r => r.SurveyId == surveyId && r.UserId == userId, ct))
        {
            return NeedsProblems.SurveyAlreadyAnswered;
        }
        var response = new SurveyResponse
        {
            SurveyId = surveyId,
            UserId = userId,
            Answers = (request.Answers ?? []).OrderBy(a => a.QuestionNumber)
                .Select(a => new SurveyAnswer { QuestionNumber = a.QuestionNumber, Choices = a.Choices.Order().ToList() }).ToList(),
            SubmittedAt = time.GetUtcNow(),
        };
        db.SurveyResponses.Add(response);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return NeedsProblems.SurveyAlreadyAnswered;
        }
        return new SurveyResponseResult(surveyId, response.SubmittedAt);
    }

    private static AppProblem? Check(NeedsSurvey survey, List<SurveyAnswerInput> answers)
    {
        var problem = CommonProblems.Validation;
        var questions = survey.Questions.ToDictionary(q => q.Number);
        var answered = new HashSet<int>();
        for (var i = 0; i < answers.Count; i++)
        {
            var field = "answers[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var answer = answers[i];
            if (answer is null || !questions.TryGetValue(answer.QuestionNumber, out var question))
            {
                problem = problem.WithError(field + ".questionNumber", "没有这道题");
                continue;
            }
            if (!answered.Add(question.Number))
            {
                problem = problem.WithError(field + ".questionNumber", $"第{question.Number.ToString(CultureInfo.InvariantCulture)}题重复作答");
                continue;
            }
            var choices = answer.Choices ?? [];
            if (choices.Count == 0)
            {
                problem = problem.WithError(field + ".choices", "请选择一个选项");
            }
            else if (!question.AllowMultiple && choices.Count > 1)
            {
                problem = problem.WithError(field + ".choices", "这道题只能选一项");
            }
            else if (choices.Any(c => c < 0 || c >= question.Options.Count) || choices.Distinct().Count() != choices.Count)
            {
                problem = problem.WithError(field + ".choices", "选项无效");
            }
        }
        foreach (var missing in questions.Keys.Where(n => !answered.Contains(n)).Order())
        {
            problem = problem.WithError("answers", $"请回答第{missing.ToString(CultureInfo.InvariantCulture)}题");
        }
        return problem.Errors is { Count: > 0 } ? problem : null;
    }
}
