namespace WorkerHome.Features.Feedback;

/// <summary>The <c>Feedback</c> section: how long attendees may rate a session.</summary>
public sealed class FeedbackOptions
{
    public const string Section = "Feedback";

    /// <summary>Days after a session's end during which its attendees may rate it.</summary>
    public int WindowDays { get; set; } = 14;

    public TimeSpan Window => TimeSpan.FromDays(WindowDays);
}

/// <summary>The <c>Feedback:Invitations</c> section: the pass that asks attendees to rate ended sessions.</summary>
public sealed class FeedbackInvitationOptions
{
    public const string Section = "Feedback:Invitations";

    /// <summary>
    /// Whether this node runs the pass. Every node may; the claim keeps a session from being announced twice.
    /// In the Testing environment the timer never runs (tests run passes themselves with their own clock).
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Pause between passes.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Most sessions one pass claims.</summary>
    public int BatchSize { get; set; } = 50;
}
