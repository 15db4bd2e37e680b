using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkerHome.Features.Library;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Testing;
using WorkerHome.Tests.ChildCare;

namespace WorkerHome.Tests.Library;

/// <summary>Books made through the API at the Emeishan demo site, and workers with phones the desk can find.</summary>
internal static class LibraryTestData
{
    public static async Task<BookInput> BookInputAsync(this TestApp app, int copies = 1) => new()
    {
        SiteId = await app.SiteIdAsync(),
        Title = "平凡的世界" + Guid.NewGuid().ToString("N")[..6],
        Author = "路遥",
        Publisher = "北京十月文艺出版社",
        Category = BookCategory.Literature,
        Copies = copies,
        ShelfMark = "A-01",
    };

    public static async Task<BookView> BookAsync(this TestApp app, int copies = 1)
    {
        using var staff = await app.As("emeishan");
        return await (await staff.PostJsonAsync("/api/library/books", await app.BookInputAsync(copies))).ReadAsync<BookView>(HttpStatusCode.Created);
    }

    /// <summary>A worker with a fresh registered mobile number, as the desk finds them.</summary>
    public static async Task<(TestWorker Worker, string Phone)> WorkerWithPhoneAsync(this TestApp app)
    {
        var worker = (await app.CreateAsync(1, "lib"))[0];
        var phone = "166" + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var protector = app.Factory.Services.GetRequiredService<PersonalDataProtector>();
        await app.DbAsync(db => db.Users.Where(u => u.Id == worker.Id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.PhoneLookup, protector.Lookup(phone))
            .SetProperty(u => u.PhoneCipher, protector.Encrypt(phone))
            .SetProperty(u => u.PhoneMasked, Masking.Phone(phone))));
        return (worker, phone);
    }

    public static Task<LibraryBook> BookRowAsync(this TestApp app, int id) =>
        app.DbAsync(db => db.LibraryBooks.AsNoTracking().SingleAsync(b => b.Id == id));

    public static Task<List<BookLoan>> LoanRowsAsync(this TestApp app, int bookId) =>
        app.DbAsync(db => db.BookLoans.AsNoTracking().Where(l => l.BookId == bookId).OrderBy(l => l.Id).ToListAsync());
}
