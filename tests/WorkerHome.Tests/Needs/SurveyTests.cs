using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Needs;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Needs;

public abstract class SurveyTests(TestApp app)
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Fact]
    public async Task Staff_open_a_survey_that_workers_below_see_answer_once_and_staff_read_the_results()
    {
        var union = await app.FreshUnionAsync();
        var title = "测试调查 " + Guid.NewGuid().ToString("N")[..8];
        using var staff = await app.As("xigu");
        var survey = await (await staff.PostJsonAsync("/api/surveys", Body(union, title))).ReadAsync<SurveyView>(HttpStatusCode.Created);
        Assert.Equal(SurveyState.Open, survey.State);
        Assert.Equal([NeedCategory.SkillsTraining, NeedCategory.CultureAndSports], survey.Categories.Select(c => c.Category));
        Assert.Equal(2, survey.Questions.Count);

        var workers = await app.NewWorkersAsync(3, union);
        var open = await (await workers[0].Client.GetAsync("/api/surveys/open")).ReadAsync<List<OpenSurveyItem>>();
        Assert.Contains(open, s => s.Id == survey.Id && !s.Answered);

        await Answer(workers[0], survey.Id, [0], [0, 2]);
        await Answer(workers[1], survey.Id, [1], [2]);
        await (await workers[0].Client.PostJsonAsync($"/api/surveys/{survey.Id}/responses", Answers([1], [1])))
            .ProblemAsync(HttpStatusCode.Conflict, "survey_already_answered");
        Assert.Contains(await (await workers[0].Client.GetAsync("/api/surveys/open")).ReadAsync<List<OpenSurveyItem>>(), s => s.Id == survey.Id && s.Answered);

        await workers[2].Client.SubmitAsync("想学手机摄影", NeedCategory.CultureAndSports, new { surveyId = survey.Id });
        var wrongCategory = await (await workers[2].Client.PostJsonAsync("/api/needs", NeedsTestData.Request("想咨询劳动仲裁", NeedCategory.LegalAid, new { surveyId = survey.Id })))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("category", wrongCategory.Errors().Keys);

        var results = await (await staff.GetAsync($"/api/surveys/{survey.Id}/results")).ReadAsync<SurveyResultsView>();
        Assert.Equal(2, results.Respondents);
        Assert.Equal([1, 1], results.Questions[0].Options.Select(o => o.Count));
        Assert.Equal([1, 0, 2], results.Questions[1].Options.Select(o => o.Count));
        Assert.Equal(100, results.Questions[1].Options[2].Percent);
        Assert.Equal(1, results.Categories.Single(c => c.Category == NeedCategory.CultureAndSports).Needs);
        Assert.Equal(0, results.Categories.Single(c => c.Category == NeedCategory.SkillsTraining).Needs);

        var listed = await (await staff.GetAsync("/api/surveys?pageSize=100")).ReadAsync<PagedList<SurveyView>>();
        var row = Assert.Single(listed.Items, s => s.Id == survey.Id);
        Assert.Equal(2, row.ResponseCount);
        Assert.Equal(1, row.NeedCount);
        foreach (var worker in workers)
        {
            worker.Dispose();
        }
    }

    public static TheoryData<string, string> BadSurveys => new()
    {
        { "no title", "title" },
        { "no categories", "categories" },
        { "closes before it opens", "closesOn" },
        { "closed already", "closesOn" },
        { "one option", "questions[0].options" },
        { "duplicate options", "questions[0].options" },
        { "eleven questions", "questions" },
        { "unknown union", "unionId" },
    };

    [Theory]
    [MemberData(nameof(BadSurveys))]
    public async Task A_bad_survey_is_a_400_naming_the_field_and_nothing_is_saved(string change, string field)
    {
        var union = await app.FreshUnionAsync();
        var title = "测试调查 " + Guid.NewGuid().ToString("N")[..8];
        var body = Body(union, title);
        switch (change)
        {
            case "no title": body["title"] = " "; break;
            case "no categories": body["categories"] = Array.Empty<string>(); break;
            case "closes before it opens": body["closesOn"] = "2026-12-01"; body["opensOn"] = "2026-12-05"; break;
            case "closed already": body["opensOn"] = "2026-11-01"; body["closesOn"] = "2026-11-30"; break;
            case "one option": body["questions"] = new[] { new { text = "哪天方便？", options = new[] { "周六" } } }; break;
            case "duplicate options": body["questions"] = new[] { new { text = "哪天方便？", options = new[] { "周六", "周六" } } }; break;
            case "eleven questions": body["questions"] = Enumerable.Range(1, 11).Select(i => new { text = $"第{i}题", options = new[] { "是", "否" } }).ToArray(); break;
            case "unknown union": body["unionId"] = 999_999; break;
            default: throw new ArgumentOutOfRangeException(nameof(change));
        }
        using var staff = await app.As("xigu");
        var problem = await (await staff.PostJsonAsync("/api/surveys", body)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
        Assert.False(await app.DbAsync(db => db.NeedsSurveys.AnyAsync(s => s.Title == title)));
    }

    [Fact]
    public async Task Staff_of_another_county_can_neither_open_nor_read_a_survey_here()
    {
        var union = await app.FreshUnionAsync();
        var title = "测试调查 " + Guid.NewGuid().ToString("N")[..8];
        using var other = await app.As("emeishan");
        await (await other.PostJsonAsync("/api/surveys", Body(union, title))).ProblemAsync(HttpStatusCode.Forbidden, "union_out_of_scope");
        Assert.False(await app.DbAsync(db => db.NeedsSurveys.AnyAsync(s => s.Title == title)));

        using var staff = await app.As("xigu");
        var survey = await (await staff.PostJsonAsync("/api/surveys", Body(union, title))).ReadAsync<SurveyView>(HttpStatusCode.Created);
        await (await other.GetAsync($"/api/surveys/{survey.Id}/results")).ProblemAsync(HttpStatusCode.Forbidden, "survey_out_of_scope");
        await (await staff.GetAsync("/api/surveys/999999/results")).ProblemAsync(HttpStatusCode.NotFound, "survey_not_found");
        var theirs = await (await other.GetAsync("/api/surveys?pageSize=100")).ReadAsync<PagedList<SurveyView>>();
        Assert.DoesNotContain(theirs.Items, s => s.Id == survey.Id);

        using var worker = await app.NewWorkerAsync(union);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.Client.PostJsonAsync("/api/surveys", Body(union, title + "x"))).StatusCode);
    }

    [Fact]
    public async Task A_worker_elsewhere_does_not_see_the_survey_and_may_not_answer_it()
    {
        var union = await app.FreshUnionAsync();
        using var staff = await app.As("xigu");
        var survey = await (await staff.PostJsonAsync("/api/surveys", Body(union, "测试调查 " + Guid.NewGuid().ToString("N")[..8])))
            .ReadAsync<SurveyView>(HttpStatusCode.Created);

        using var elsewhere = await app.NewWorkerAsync(await app.FreshUnionAsync("峨眉山市总工会"));
        Assert.DoesNotContain(await (await elsewhere.Client.GetAsync("/api/surveys/open")).ReadAsync<List<OpenSurveyItem>>(), s => s.Id == survey.Id);
        await (await elsewhere.Client.PostJsonAsync($"/api/surveys/{survey.Id}/responses", Answers([0], [0])))
            .ProblemAsync(HttpStatusCode.Forbidden, "survey_not_for_you");
        await (await elsewhere.Client.PostJsonAsync("/api/surveys/999999/responses", Answers([0], [0])))
            .ProblemAsync(HttpStatusCode.NotFound, "survey_not_found");
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync($"/api/surveys/{survey.Id}/responses", Answers([0], [0]))).StatusCode);
    }

    public static TheoryData<string, string> BadAnswers => new()
    {
        { "missing question", "answers" },
        { "two choices on a single-choice question", "answers[0].choices" },
        { "option out of range", "answers[1].choices" },
        { "unknown question", "answers[2].questionNumber" },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task Answers_that_do_not_match_the_questions_are_a_400_and_nothing_is_saved(string change, string field)
    {
        var union = await app.FreshUnionAsync();
        using var staff = await app.As("xigu");
        var survey = await (await staff.PostJsonAsync("/api/surveys", Body(union, "测试调查 " + Guid.NewGuid().ToString("N")[..8])))
            .ReadAsync<SurveyView>(HttpStatusCode.Created);
        var answers = change switch
        {
            "missing question" => new object[] { new { questionNumber = 1, choices = new[] { 0 } } },
            "two choices on a single-choice question" => [new { questionNumber = 1, choices = new[] { 0, 1 } }, new { questionNumber = 2, choices = new[] { 0 } }],
            "option out of range" => [new { questionNumber = 1, choices = new[] { 0 } }, new { questionNumber = 2, choices = new[] { 3 } }],
            "unknown question" => [new { questionNumber = 1, choices = new[] { 0 } }, new { questionNumber = 2, choices = new[] { 0 } }, new { questionNumber = 9, choices = new[] { 0 } }],
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };
        using var worker = await app.NewWorkerAsync(union);
        var problem = await (await worker.Client.PostJsonAsync($"/api/surveys/{survey.Id}/responses", new { answers }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
        Assert.False(await app.DbAsync(db => db.SurveyResponses.AnyAsync(r => r.SurveyId == survey.Id)));
    }

    private static Dictionary<string, object?> Body(int union, string title) => new()
    {
        ["unionId"] = union,
        ["title"] = title,
        ["description"] = "请告诉我们您最需要的服务",
        ["opensOn"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["closesOn"] = Today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["categories"] = new[] { "CultureAndSports", "SkillsTraining" },
        ["questions"] = new object[]
        {
            new { text = "您更方便哪天参加？", options = new[] { "周六", "周日" } },
            new { text = "您想学哪些内容？", options = new[] { "摄影", "书法", "电工" }, allowMultiple = true },
        },
    };

    private static object Answers(int[] first, int[] second) => new
    {
        answers = new[] { new { questionNumber = 1, choices = first }, new { questionNumber = 2, choices = second } },
    };

    private static async Task Answer(NeedsWorker worker, int surveyId, int[] first, int[] second) =>
        await (await worker.Client.PostJsonAsync($"/api/surveys/{surveyId}/responses", Answers(first, second)))
            .ReadAsync<SurveyResponseResult>(HttpStatusCode.Created);

    public sealed class OnSqlite(SqliteApp app) : SurveyTests(app);

    public sealed class OnPostgres(PostgresApp app) : SurveyTests(app);
}
