namespace WorkerHome.Features.Notifications;

/// <summary>The <c>Notifications:Outbox</c> section: how the dispatcher sends the outbox.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Notifications:Outbox";

    /// <summary>Whether this node runs the dispatcher. Every node may; the claim keeps them from sending a message twice.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Pause between passes.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Most messages one pass looks at.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Attempts before a message is marked failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait before the second attempt; it doubles with each further attempt, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a claimed message is reserved for the node that claimed it. After it, another node may retry.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one send may take; shorter than the lease, so a slow send ends before another node may retry it.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The wait after a failed attempt (1-based).</summary>
    public TimeSpan DelayAfter(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(MaxRetryDelay.Ticks, RetryDelay.Ticks * factor));
    }

    /// <summary>What is wrong with these settings, or null.</summary>
    public string? Problem() =>
        Interval <= TimeSpan.Zero ? "Interval must be positive."
        : BatchSize is < 1 or > 1000 ? "BatchSize must be between 1 and 1000."
        : MaxAttempts < 1 ? "MaxAttempts must be at least 1."
        : RetryDelay <= TimeSpan.Zero || MaxRetryDelay < RetryDelay ? "RetryDelay must be positive and at most MaxRetryDelay."
        : SendTimeout <= TimeSpan.Zero || ClaimLease <= SendTimeout ? "ClaimLease must be longer than SendTimeout, which must be positive."
        : null;
}
