namespace WorkerHome.Features.Training;

/// <summary>One session (课次) of a course.</summary>
public sealed class TrainingSession
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public string Topic { get; set; } = "";
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public string Place { get; set; } = "";
    public string Teacher { get; set; } = "";
}
