namespace WorkerHome.Features.Moderation;

/// <summary>
/// A kind of worker-written content that moderation can hold back. The room that owns the content implements it,
/// so a moderator's decision reaches the content without Moderation knowing the room.
/// </summary>
public interface IModeratedContent
{
    /// <summary>The <see cref="ModerationCase.ContentType"/> it handles, e.g. <c>Need</c>.</summary>
    string ContentType { get; }

    /// <summary>Publishes (approved) or keeps private (rejected) the content; saved with the decision.</summary>
    Task ApplyDecisionAsync(int contentId, ModerationStatus decision, CancellationToken ct);
}
