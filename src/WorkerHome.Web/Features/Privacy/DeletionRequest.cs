namespace WorkerHome.Features.Privacy;

/// <summary>A worker's request to delete its personal data, with what was erased and what is kept and why.</summary>
public sealed class DeletionRequest
{
    public int Id { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DeletionStatus Status { get; set; }

    /// <summary>What was erased, one line each (Chinese).</summary>
    public string Erased { get; set; } = "";

    /// <summary>What is kept and the reason, one line each (Chinese).</summary>
    public string Kept { get; set; } = "";

    public DateTimeOffset? CompletedAt { get; set; }
}

public enum DeletionStatus
{
    /// <summary>Done: the account is closed and its personal data erased, except what is listed as kept.</summary>
    [System.ComponentModel.DataAnnotations.Display(Name = "已删除")]
    Completed = 1,

    /// <summary>An open case needs the person's data: nothing is erased; the worker asks again once it is closed.</summary>
    [System.ComponentModel.DataAnnotations.Display(Name = "暂缓删除")]
    Deferred = 2,
}
