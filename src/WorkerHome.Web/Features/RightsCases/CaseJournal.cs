using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.RightsCases;

/// <summary>
/// Writes what a change leaves behind, in the caller's unit of work: the case step, the operation-log entry for a
/// staff or volunteer write (what changed, never the phone or the description), and the worker's notification.
/// </summary>
public sealed class CaseJournal(AppDbContext db, CurrentUser user, TimeProvider time, Notifier notifier)
{
    private string? _name;

    /// <summary>The acting person's display name.</summary>
    public async Task<string> ActorNameAsync(CancellationToken ct) => _name ??= user.UserId is { } id
        ? await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? user.UserName
        : user.UserName;

    public async Task StepAsync(RightsCase rightsCase, RightsStepKind kind, string text, bool visibleToWorker, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rightsCase);
        db.RightsCaseSteps.Add(new RightsCaseStep
        {
            CaseId = rightsCase.Id, At = time.GetUtcNow(), ByUserId = user.UserId, ByName = await ActorNameAsync(ct), Kind = kind,
            Text = text.Length > RightsCaseStep.MaxTextLength ? text[..RightsCaseStep.MaxTextLength] : text, VisibleToWorker = visibleToWorker,
        });
        if (visibleToWorker && kind is not (RightsStepKind.Assigned or RightsStepKind.Closed or RightsStepKind.Rated) && rightsCase.WorkerId is { } workerId
            && workerId != user.UserId)
        {
            notifier.Notify([workerId], $"维权诉求 {rightsCase.Number} 有新进展", text, Link(rightsCase));
        }
    }

    /// <summary>A staff or volunteer write, for the operation log.</summary>
    public void Log(RightsCase rightsCase, string action, object? after)
    {
        ArgumentNullException.ThrowIfNull(rightsCase);
        new OperationLogWriter(db, user, time).Add(OperationKind.Updated, nameof(RightsCase), rightsCase.Id.ToString(CultureInfo.InvariantCulture),
            rightsCase.Number, rightsCase.UnionId, before: null, after: new { action, details = after });
    }

    public void Tell(RightsCase rightsCase, string title, string body)
    {
        ArgumentNullException.ThrowIfNull(rightsCase);
        if (rightsCase.WorkerId is { } workerId)
        {
            notifier.Notify([workerId], title, body, Link(rightsCase));
        }
    }

    private static string Link(RightsCase c) => $"/me/rights/{c.Id}";
}
