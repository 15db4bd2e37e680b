using System.Globalization;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Library;

/// <summary>A loan or reservation, with its due date in words ("12月30日到期", "已逾期 3 天").</summary>
public sealed record LoanView(int Id, int BookId, string Title, string Author, int SiteId, string SiteName, string? ShelfMark,
    string Borrower, string BorrowerPhoneMasked, LoanStatus Status, string StatusText,
    DateTimeOffset? HoldUntil, DateTimeOffset? LentAt, DateOnly? DueOn, string DueText, bool Overdue, bool Renewed, bool CanRenew);

internal sealed record LoanRow(BookLoan Loan, string Title, string Author, int SiteId, string SiteName, string? ShelfMark, string Borrower, string? PhoneMasked)
{
    public LoanView ToView(DateOnly today, DateTimeOffset now)
    {
        var l = Loan;
        var overdue = l.Status == LoanStatus.Lent && l.DueOn < today;
        var dueText = l.Status switch
        {
            LoanStatus.Reserved => $"请于{ChinaTime.FormatDateTime(l.HoldUntil!.Value, now)}前到书屋取书",
            LoanStatus.Lent when overdue => string.Create(CultureInfo.InvariantCulture, $"已逾期 {today.DayNumber - l.DueOn!.Value.DayNumber} 天，请尽快归还"),
            LoanStatus.Lent when l.DueOn == today => "今天到期",
            LoanStatus.Lent => string.Create(CultureInfo.InvariantCulture, $"{l.DueOn!.Value.Month}月{l.DueOn.Value.Day}日到期"),
            _ => l.Status.Chinese(),
        };
        return new LoanView(l.Id, l.BookId, Title, Author, SiteId, SiteName, ShelfMark, Borrower, PhoneMasked ?? "", l.Status, l.Status.Chinese(),
            l.HoldUntil, l.LentAt, l.DueOn, dueText, overdue, l.Renewed, l.Status == LoanStatus.Lent && !l.Renewed && !overdue);
    }
}
