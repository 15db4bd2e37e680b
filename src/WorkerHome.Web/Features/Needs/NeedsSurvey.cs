using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Needs;

/// <summary>A needs survey (需求调查) a union opens for its subtree, for a period, with optional questions.</summary>
public sealed class NeedsSurvey : IAudited
{
    public int Id { get; set; }
    public int UnionId { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }

    /// <summary>The categories workers may choose in this survey.</summary>
    public List<NeedCategory> Categories { get; set; } = [];

    public List<SurveyQuestion> Questions { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => Title;

    public bool IsOpenOn(DateOnly date) => OpensOn <= date && date <= ClosesOn;
}

/// <summary>A multiple-choice question of a survey (owned by it).</summary>
public sealed class SurveyQuestion
{
    public int Number { get; set; }
    public string Text { get; set; } = "";
    public List<string> Options { get; set; } = [];
    public bool AllowMultiple { get; set; }
}

/// <summary>One worker's answers to a survey, once each.</summary>
public sealed class SurveyResponse
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public Guid UserId { get; set; }

    /// <summary>Chosen option indexes per question number.</summary>
    public List<SurveyAnswer> Answers { get; set; } = [];

    public DateTimeOffset SubmittedAt { get; set; }
}

/// <summary>The options chosen for one question (owned by the response).</summary>
public sealed class SurveyAnswer
{
    public int QuestionNumber { get; set; }
    public List<int> Choices { get; set; } = [];
}
