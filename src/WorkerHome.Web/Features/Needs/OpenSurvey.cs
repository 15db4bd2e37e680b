using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Needs;

/// <summary>A needs survey as staff open it.</summary>
public sealed record OpenSurveyRequest
{
    /// <summary>The union opening it, inside your scope; the survey covers its subtree.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "请选择发起调查的工会")]
    public int UnionId { get; set; }

    /// <summary>Title, e.g. 西固区2027年一季度职工需求调查.</summary>
    [Required(ErrorMessage = "请填写调查标题")]
    [StringLength(100, ErrorMessage = "调查标题不能超过100个字")]
    public string Title { get; set; } = "";

    /// <summary>What the survey is for, shown to workers.</summary>
    [StringLength(1000, ErrorMessage = "说明不能超过1000个字")]
    public string? Description { get; set; }

    /// <summary>First day (Beijing date).</summary>
    [Required(ErrorMessage = "请选择开始日期")]
    public DateOnly? OpensOn { get; set; }

    /// <summary>Last day, not before the first and not in the past.</summary>
    [Required(ErrorMessage = "请选择结束日期")]
    public DateOnly? ClosesOn { get; set; }

    /// <summary>The categories workers may choose (at least one).</summary>
    public List<NeedCategory> Categories { get; set; } = [];

    /// <summary>Up to 10 multiple-choice questions.</summary>
    public List<SurveyQuestionInput> Questions { get; set; } = [];
}

/// <summary>A multiple-choice question.</summary>
public sealed record SurveyQuestionInput
{
    /// <summary>The question, up to 200 characters.</summary>
    [Required(ErrorMessage = "请填写题目")]
    [StringLength(200, ErrorMessage = "题目不能超过200个字")]
    public string Text { get; set; } = "";

    /// <summary>2 to 10 distinct choices, each up to 50 characters.</summary>
    public List<string> Options { get; set; } = [];

    /// <summary>Whether several choices may be picked.</summary>
    public bool AllowMultiple { get; set; }
}

/// <summary>Staff open a needs survey (需求调查) for their subtree: a period, the categories, optional questions.</summary>
public sealed class OpenSurvey(AppDbContext db, DataScope scope, TimeProvider time)
{
    public const int MaxQuestions = 10;
    public const int MaxOptions = 10;
    public const int MaxPeriodDays = 366;

    public async Task<Outcome<SurveyView>> HandleAsync(OpenSurveyRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = time.LocalToday();
        var problem = Check(request, today);
        var path = await db.Unions.Where(u => u.Id == request.UnionId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        if (path is null)
        {
            problem = problem.WithError("unionId", "未找到该工会组织");
        }
        if (problem.Errors is { Count: > 0 })
        {
            return problem;
        }
        if (!(await scope.GetAsync(ct)).Covers(path!))
        {
            return NeedsProblems.UnionOutOfScope;
        }

        var survey = new NeedsSurvey
        {
            UnionId = request.UnionId,
            Title = request.Title.Trim(),
            Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim(),
            OpensOn = request.OpensOn!.Value,
            ClosesOn = request.ClosesOn!.Value,
            Categories = request.Categories.Distinct().Order().ToList(),
            Questions = request.Questions.Select((q, i) => new SurveyQuestion
            {
                Number = i + 1,
                Text = q.Text.Trim(),
                Options = q.Options.Select(o => o.Trim()).ToList(),
                AllowMultiple = q.AllowMultiple,
            }).ToList(),
            CreatedAt = time.GetUtcNow(),
        };
        db.NeedsSurveys.Add(survey);
        await db.SaveChangesAsync(ct);
        var row = await SurveyViews.Rows(db.NeedsSurveys.AsNoTracking().Where(s => s.Id == survey.Id), db).FirstAsync(ct);
        return SurveyViews.ToView(row, today);
    }

    private static AppProblem Check(OpenSurveyRequest request, DateOnly today)
    {
        var problem = CommonProblems.Validation;
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            problem = problem.WithError("title", "请填写调查标题");
        }
        else if (request.Title.Trim().Length > 100)
        {
            problem = problem.WithError("title", "调查标题不能超过100个字");
        }
        if (request.OpensOn is null)
        {
            problem = problem.WithError("opensOn", "请选择开始日期");
        }
        if (request.ClosesOn is not { } closes)
        {
            problem = problem.WithError("closesOn", "请选择结束日期");
        }
        else if (closes < today)
        {
            problem = problem.WithError("closesOn", "结束日期不能早于今天");
        }
        else if (request.OpensOn is { } opens && closes < opens)
        {
            problem = problem.WithError("closesOn", "结束日期不能早于开始日期");
        }
        else if (request.OpensOn is { } start && closes.DayNumber - start.DayNumber >= MaxPeriodDays)
        {
            problem = problem.WithError("closesOn", "调查期不能超过一年");
        }
        var categories = request.Categories ?? [];
        if (categories.Count == 0)
        {
            problem = problem.WithError("categories", "请至少选择一个需求类别");
        }
        else if (categories.Any(c => !Enum.IsDefined(c)))
        {
            problem = problem.WithError("categories", $"需求类别应为 {EnumText.ChoicesInChinese<NeedCategory>()}");
        }
        var questions = request.Questions ?? [];
        if (questions.Count > MaxQuestions)
        {
            problem = problem.WithError("questions", $"最多{MaxQuestions}道题");
        }
        for (var i = 0; i < questions.Count; i++)
        {
            var field = "questions[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var question = questions[i];
            if (question is null)
            {
                problem = problem.WithError(field, "题目不能为空");
                continue;
            }
            if (string.IsNullOrWhiteSpace(question.Text))
            {
                problem = problem.WithError(field + ".text", "请填写题目");
            }
            else if (question.Text.Trim().Length > 200)
            {
                problem = problem.WithError(field + ".text", "题目不能超过200个字");
            }
            var options = (question.Options ?? []).Select(o => o?.Trim() ?? "").ToList();
            if (options.Count is < 2 or > MaxOptions)
            {
                problem = problem.WithError(field + ".options", $"每题需要2到{MaxOptions}个选项");
            }
            else if (options.Any(o => o.Length == 0))
            {
                problem = problem.WithError(field + ".options", "选项不能为空");
            }
            else if (options.Any(o => o.Length > 50))
            {
                problem = problem.WithError(field + ".options", "每个选项不能超过50个字");
            }
            else if (options.Distinct(StringComparer.Ordinal).Count() != options.Count)
            {
                problem = problem.WithError(field + ".options", "选项不能重复");
            }
        }
        return problem;
    }
}
