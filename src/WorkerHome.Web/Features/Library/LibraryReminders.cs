using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Background;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Library;

/// <summary>What one reminder pass did.</summary>
/// <param name="DueSoon">"3 天后到期" reminders sent.</param>
/// <param name="Overdue">"已逾期" reminders sent.</param>
/// <param name="Lapsed">Reservations not collected in time whose copies went back on the shelf.</param>
public sealed record ReminderReport(int DueSoon, int Overdue, int Lapsed);

/// <summary>
/// Reminds readers once that a book is due in three days and once that it is overdue, and releases reservations not
/// collected in time. Every node may run it: each reminder is claimed by a conditional update of its reminded-at
/// column (each lapse by one of the loan's status) in the same transaction as the notification, so two nodes never
/// send the same reminder twice or put a copy back twice.
/// </summary>
public sealed class LibraryReminders(IServiceScopeFactory scopes, TimeProvider time, IOptions<LibraryReminderOptions> options,
    IOptions<LibraryOptions> library, IHostEnvironment environment, ILogger<LibraryReminders> logger) : PeriodicPass(time, logger)
{
    private readonly LibraryReminderOptions _options = options.Value;

    protected override bool Enabled => _options.Enabled && !environment.IsEnvironment("Testing");

    protected override TimeSpan Interval => _options.Interval;

    protected override Task RunPassAsync(CancellationToken ct) => RunOnceAsync(ct);

    public async Task<ReminderReport> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var now = Time.GetUtcNow();
        var today = Time.LocalToday();
        var soon = today.AddDays(library.Value.RemindDaysBefore);

        var dueSoon = await LoanQueries.Rows(db, db.BookLoans.AsNoTracking()
                .Where(l => l.Status == LoanStatus.Lent && l.DueSoonRemindedAt == null && l.DueOn <= soon && l.DueOn >= today)
                .OrderBy(l => l.Id).Take(_options.BatchSize)).ToListAsync(ct);
        var sentSoon = 0;
        foreach (var row in dueSoon)
        {
            sentSoon += await ClaimAsync(db, row.Loan.Id, l => l.DueSoonRemindedAt == null,
                s => s.SetProperty(l => l.DueSoonRemindedAt, now), () => notifier.Notify([row.Loan.UserId], "借阅即将到期",
                    $"您在{row.SiteName}借阅的《{row.Title}》将于{row.Loan.DueOn!.Value.Month}月{row.Loan.DueOn.Value.Day}日到期，请按时归还或在线续借。", "/me/loans"), ct);
        }

        var overdue = await LoanQueries.Rows(db, db.BookLoans.AsNoTracking()
                .Where(l => l.Status == LoanStatus.Lent && l.OverdueRemindedAt == null && l.DueOn < today)
                .OrderBy(l => l.Id).Take(_options.BatchSize)).ToListAsync(ct);
        var sentOverdue = 0;
        foreach (var row in overdue)
        {
            sentOverdue += await ClaimAsync(db, row.Loan.Id, l => l.OverdueRemindedAt == null,
                s => s.SetProperty(l => l.OverdueRemindedAt, now), () => notifier.Notify([row.Loan.UserId], "借阅已逾期",
                    $"您在{row.SiteName}借阅的《{row.Title}》已逾期，请尽快归还到书屋，方便其他职工借阅。", "/me/loans"), ct);
        }

        var lapsing = await db.BookLoans.AsNoTracking().Where(l => l.Status == LoanStatus.Reserved && l.HoldUntil <= now)
            .OrderBy(l => l.Id).Select(l => new { l.Id, l.BookId }).Take(_options.BatchSize).ToListAsync(ct);
        var lapsed = 0;
        foreach (var loan in lapsing)
        {
            var outcome = await db.InTransactionAsync<int>(async token =>
            {
                var claimed = await db.BookLoans.Where(l => l.Id == loan.Id && l.Status == LoanStatus.Reserved)
                    .ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, LoanStatus.Lapsed), token);
                if (claimed == 1)
                {
                    await db.LibraryBooks.Where(b => b.Id == loan.BookId).ExecuteUpdateAsync(s => s.SetProperty(b => b.CopiesOut, b => b.CopiesOut - 1), token);
                }
                return claimed;
            }, ct);
            lapsed += outcome.Value;
        }
        return new ReminderReport(sentSoon, sentOverdue, lapsed);
    }

    private static async Task<int> ClaimAsync(AppDbContext db, int loanId, System.Linq.Expressions.Expression<Func<BookLoan, bool>> unclaimed,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<BookLoan>> claim, Action notify, CancellationToken ct)
    {
        var outcome = await db.InTransactionAsync<int>(async token =>
        {
            var claimed = await db.BookLoans.Where(l => l.Id == loanId).Where(unclaimed).ExecuteUpdateAsync(claim, token);
            if (claimed == 1)
            {
                notify();
                await db.SaveChangesAsync(token);
            }
            return claimed;
        }, ct);
        db.ChangeTracker.Clear();
        return outcome.Value;
    }
}
