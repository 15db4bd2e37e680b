namespace WorkerHome.Infrastructure.Background;

/// <summary>
/// Work done in passes on a timer of the injected <see cref="TimeProvider"/> (the outbox, dispatch deadlines, feedback
/// invitations). Every node may run the timer: a pass claims its work with conditional statements, so several nodes
/// never do the same piece twice. A failed pass (the database restarting, say) is logged and the next tick retries;
/// it never stops the timer.
/// </summary>
public abstract partial class PeriodicPass(TimeProvider time, ILogger logger) : BackgroundService
{
    protected TimeProvider Time { get; } = time;

    protected ILogger Logger { get; } = logger;

    /// <summary>Whether this node runs the timer at all (tests run passes themselves).</summary>
    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>One pass; public entry points call the same work with their own reports.</summary>
    protected abstract Task RunPassAsync(CancellationToken ct);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(Interval, Time);
        do
        {
            try
            {
                await RunPassAsync(stoppingToken);
            }
#pragma warning disable CA1031 // A failed pass must not stop the timer; the next pass retries.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogPassFailed(Logger, e, GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Pass}: a pass failed; the next pass retries")]
    private static partial void LogPassFailed(ILogger logger, Exception exception, string pass);
}
