using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkerHome.Features.Library;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Library;

public abstract class LibraryReminderTests(TestApp app)
{
    [Fact]
    public async Task Two_passes_at_once_send_each_reminder_once_and_release_a_reservation_not_collected()
    {
        var book = await app.BookAsync(copies: 3);
        var readers = await app.CreateAsync(3, "rem");
        var today = new DateOnly(2026, 12, 2);
        var loans = new[]
        {
            new BookLoan { BookId = book.Id, UnionId = 0, UserId = readers[0].Id, Status = LoanStatus.Lent, LentAt = TestApp.Now.AddDays(-28), DueOn = today.AddDays(2) },
            new BookLoan { BookId = book.Id, UnionId = 0, UserId = readers[1].Id, Status = LoanStatus.Lent, LentAt = TestApp.Now.AddDays(-40), DueOn = today.AddDays(-10) },
            new BookLoan { BookId = book.Id, UnionId = 0, UserId = readers[2].Id, Status = LoanStatus.Reserved, ReservedAt = TestApp.Now.AddDays(-4), HoldUntil = TestApp.Now.AddDays(-1) },
        };
        await app.DbAsync(async db =>
        {
            var unionId = await db.LibraryBooks.Where(b => b.Id == book.Id).Select(b => b.UnionId).SingleAsync();
            foreach (var loan in loans)
            {
                loan.UnionId = unionId;
            }
            db.BookLoans.AddRange(loans);
            await db.LibraryBooks.Where(b => b.Id == book.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.CopiesOut, 3));
            await db.SaveChangesAsync();
        });

        var pass = app.Factory.Services.GetRequiredService<LibraryReminders>();
        await Task.WhenAll(Task.Run(() => pass.RunOnceAsync(CancellationToken.None)), Task.Run(() => pass.RunOnceAsync(CancellationToken.None)));
        await pass.RunOnceAsync(CancellationToken.None);

        var ids = readers.Select(r => r.Id).ToList();
        var sent = await app.DbAsync(db => db.Notifications.Where(n => ids.Contains(n.UserId)).Select(n => new { n.UserId, n.Title }).ToListAsync());
        Assert.Equal("借阅即将到期", Assert.Single(sent, n => n.UserId == readers[0].Id).Title);
        Assert.Equal("借阅已逾期", Assert.Single(sent, n => n.UserId == readers[1].Id).Title);
        Assert.DoesNotContain(sent, n => n.UserId == readers[2].Id);
        var rows = await app.LoanRowsAsync(book.Id);
        Assert.Equal(LoanStatus.Lapsed, rows.Single(l => l.UserId == readers[2].Id).Status);
        Assert.Equal(2, (await app.BookRowAsync(book.Id)).CopiesOut);

        using var client = app.Bearer(readers[1]);
        var mine = Assert.Single(await (await client.GetAsync("/api/me/loans")).ReadAsync<List<LoanView>>());
        Assert.True(mine.Overdue);
        Assert.Equal("已逾期 10 天，请尽快归还", mine.DueText);
        using var staff = await app.As("emeishan");
        var overdue = await (await staff.GetAsync($"/api/library/loans?siteId={book.SiteId}&overdue=true")).ReadAsync<WorkerHome.Infrastructure.Problems.PagedList<LoanView>>();
        Assert.Contains(overdue.Items, l => l.Id == mine.Id);
    }

    public sealed class OnSqlite(SqliteApp app) : LibraryReminderTests(app);

    public sealed class OnPostgres(PostgresApp app) : LibraryReminderTests(app);
}
