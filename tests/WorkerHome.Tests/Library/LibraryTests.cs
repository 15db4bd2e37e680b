using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Library;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Library;

public abstract class LibraryTests(TestApp app)
{
    [Fact]
    public async Task Staff_add_a_title_and_workers_find_it_by_author_and_category_with_its_availability()
    {
        var book = await app.BookAsync(copies: 3);
        using var anonymous = app.Anonymous();
        var found = await (await anonymous.GetAsync($"/api/library/books?siteId={book.SiteId}&q={Uri.EscapeDataString(book.Title)}&category=Literature"))
            .ReadAsync<PagedList<BookView>>();
        var item = Assert.Single(found.Items);
        Assert.Equal((3, 3), (item.Available, item.Copies));
        Assert.Equal("文学", item.CategoryText);
        var none = await (await anonymous.GetAsync($"/api/library/books?siteId={book.SiteId}&q={Uri.EscapeDataString(book.Title)}&category=Law"))
            .ReadAsync<PagedList<BookView>>();
        Assert.Empty(none.Items);
    }

    [Fact]
    public async Task A_bad_isbn_and_missing_fields_are_refused_with_field_errors_and_a_duplicate_isbn_is_a_conflict()
    {
        using var staff = await app.As("emeishan");
        var input = await app.BookInputAsync();
        input.Isbn = "978-7-5302-1208-4";
        var problem = await (await staff.PostJsonAsync("/api/library/books", input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("isbn", problem.Errors().Keys);
        input.Title = "";
        input.Copies = 0;
        problem = await (await staff.PostJsonAsync("/api/library/books", input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("title", problem.Errors().Keys);
        Assert.Contains("copies", problem.Errors().Keys);

        // A random valid ISBN-13 so parallel runs never collide.
        var isbn = "978" + Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sum = isbn.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
        isbn += ((10 - sum % 10) % 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var first = await app.BookInputAsync();
        first.Isbn = isbn;
        await (await staff.PostJsonAsync("/api/library/books", first)).ReadAsync<BookView>(HttpStatusCode.Created);
        var second = await app.BookInputAsync();
        second.Isbn = isbn;
        await (await staff.PostJsonAsync("/api/library/books", second)).ProblemAsync(HttpStatusCode.Conflict, "isbn_taken");
        Assert.False(await app.DbAsync(db => db.LibraryBooks.AnyAsync(b => b.Title == second.Title)));
    }

    [Fact]
    public async Task Staff_of_another_county_neither_see_nor_change_nor_lend_an_Emeishan_book()
    {
        var book = await app.BookAsync(copies: 2);
        var (_, phone) = await app.WorkerWithPhoneAsync();
        using var jingyan = await app.As("jingyan");
        var input = await app.BookInputAsync(5);
        await (await jingyan.PutJsonAsync($"/api/library/books/{book.Id}", input)).ProblemAsync(HttpStatusCode.NotFound, "site_not_found");
        await (await jingyan.PostJsonAsync("/api/library/loans", new LendInput { BookId = book.Id, Phone = phone })).ProblemAsync(HttpStatusCode.NotFound, "book_not_found");
        var loans = await (await jingyan.GetAsync($"/api/library/loans?siteId={book.SiteId}")).ReadAsync<PagedList<LoanView>>();
        Assert.Empty(loans.Items);
        var row = await app.BookRowAsync(book.Id);
        Assert.Equal((2, 0), (row.Copies, row.CopiesOut));
        Assert.Empty(await app.LoanRowsAsync(book.Id));
    }

    [Fact]
    public async Task The_desk_lends_by_phone_the_worker_renews_once_and_the_desk_takes_it_back()
    {
        var book = await app.BookAsync(copies: 1);
        var (worker, phone) = await app.WorkerWithPhoneAsync();
        using var staff = await app.As("emeishan");
        var lent = await (await staff.PostJsonAsync("/api/library/loans", new LendInput { BookId = book.Id, Phone = phone })).ReadAsync<LoanView>(HttpStatusCode.Created);
        Assert.Equal(new DateOnly(2027, 1, 1), lent.DueOn);
        using var anonymous = app.Anonymous();
        Assert.Equal(0, (await (await anonymous.GetAsync($"/api/library/books/{book.Id}")).ReadAsync<BookView>()).Available);

        using var client = app.Bearer(worker);
        var renewed = await (await client.PostAsync($"/api/library/loans/{lent.Id}/renew", null)).ReadAsync<LoanView>();
        Assert.Equal(new DateOnly(2027, 1, 31), renewed.DueOn);
        Assert.False(renewed.CanRenew);
        await (await client.PostAsync($"/api/library/loans/{lent.Id}/renew", null)).ProblemAsync(HttpStatusCode.Conflict, "renewal_refused");
        var other = (await app.CreateAsync(1, "lib"))[0];
        await (await app.Bearer(other).PostAsync($"/api/library/loans/{lent.Id}/renew", null)).ProblemAsync(HttpStatusCode.NotFound, "loan_not_found");

        var back = await (await staff.PostAsync($"/api/library/loans/{lent.Id}/return", null)).ReadAsync<LoanView>();
        Assert.Equal(LoanStatus.Returned, back.Status);
        await (await staff.PostAsync($"/api/library/loans/{lent.Id}/return", null)).ProblemAsync(HttpStatusCode.Conflict, "loan_not_lent");
        Assert.Equal(0, (await app.BookRowAsync(book.Id)).CopiesOut);

        var problem = await (await staff.PostJsonAsync("/api/library/loans", new LendInput { BookId = book.Id, Phone = "12" })).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("phone", problem.Errors().Keys);
        await (await staff.PostJsonAsync("/api/library/loans", new LendInput { BookId = book.Id, Phone = "16600000000" })).ProblemAsync(HttpStatusCode.NotFound, "worker_not_found");
    }

    [Fact]
    public async Task A_worker_reserves_the_desk_hands_it_over_and_a_sixth_book_is_over_the_limit()
    {
        var worker = (await app.CreateAsync(1, "lib"))[0];
        using var client = app.Bearer(worker);
        var books = new List<BookView>();
        for (var i = 0; i < 6; i++)
        {
            books.Add(await app.BookAsync(copies: 1));
        }
        var reserved = await (await client.PostAsync($"/api/library/books/{books[0].Id}/reserve", null)).ReadAsync<LoanView>(HttpStatusCode.Created);
        Assert.Equal(LoanStatus.Reserved, reserved.Status);
        Assert.Equal(TestApp.Now.AddDays(3), reserved.HoldUntil);
        await (await client.PostAsync($"/api/library/books/{books[0].Id}/reserve", null)).ProblemAsync(HttpStatusCode.Conflict, "book_already_held");
        for (var i = 1; i < 5; i++)
        {
            await (await client.PostAsync($"/api/library/books/{books[i].Id}/reserve", null)).ReadAsync<LoanView>(HttpStatusCode.Created);
        }
        await (await client.PostAsync($"/api/library/books/{books[5].Id}/reserve", null)).ProblemAsync(HttpStatusCode.Conflict, "loan_limit_reached");
        Assert.Equal(0, (await app.BookRowAsync(books[5].Id)).CopiesOut);

        using var staff = await app.As("emeishan");
        var handed = await (await staff.PostAsync($"/api/library/loans/{reserved.Id}/hand-over", null)).ReadAsync<LoanView>();
        Assert.Equal(LoanStatus.Lent, handed.Status);
        await (await staff.PostAsync($"/api/library/loans/{reserved.Id}/hand-over", null)).ProblemAsync(HttpStatusCode.Conflict, "reservation_not_waiting");
        var mine = await (await client.GetAsync("/api/me/loans")).ReadAsync<List<LoanView>>();
        Assert.Equal(5, mine.Count);
        await (await app.Anonymous().PostAsync($"/api/library/books/{books[5].Id}/reserve", null)).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        await (await client.PostAsync("/api/library/books/999999/reserve", null)).ProblemAsync(HttpStatusCode.NotFound, "book_not_found");
    }

    [Fact]
    public async Task Twenty_workers_reserving_the_last_copy_at_once_leave_one_winner()
    {
        var book = await app.BookAsync(copies: 1);
        var outcome = await RaceAsync(app, book.Id, 20);
        Assert.Equal(1, outcome.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(outcome.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Single(await app.LoanRowsAsync(book.Id));
        Assert.Equal(1, (await app.BookRowAsync(book.Id)).CopiesOut);
    }

    [Fact]
    public async Task One_reader_reserving_eight_books_at_once_gets_no_more_than_the_loan_limit()
    {
        var worker = (await app.CreateAsync(1, "lim"))[0];
        var books = new List<BookView>();
        for (var i = 0; i < 8; i++)
        {
            books.Add(await app.BookAsync(copies: 1));
        }
        var clients = books.Select(_ => app.Bearer(worker)).ToList();
        var responses = await Task.WhenAll(books.Select((b, i) => Task.Run(() => clients[i].PostAsync($"/api/library/books/{b.Id}/reserve", null))));
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.ProblemAsync(HttpStatusCode.Conflict, "loan_limit_reached");
        }
        var held = await app.DbAsync(db => db.BookLoans.CountAsync(l => l.UserId == worker.Id));
        Assert.Equal(5, held);
        clients.ForEach(c => c.Dispose());
    }

    internal static async Task<HttpResponseMessage[]> RaceAsync(TestApp app, int bookId, int count)
    {
        var workers = await app.CreateAsync(count, "race");
        var clients = workers.Select(app.Bearer).ToList();
        var responses = await Task.WhenAll(clients.Select(c => Task.Run(() => c.PostAsync($"/api/library/books/{bookId}/reserve", null))));
        clients.ForEach(c => c.Dispose());
        return responses;
    }

    public sealed class OnSqlite(SqliteApp app) : LibraryTests(app);

    public sealed class OnPostgres(PostgresApp app) : LibraryTests(app);
}

/// <summary>
/// The control for the reservation race: with the copy guard switched off (read the count, check in memory, write it
/// back) the same rush must, in some round, hand out more copies than the shelf holds.
/// </summary>
public abstract class CopyGuardControlTests(TestApp app)
{
    [Fact]
    public async Task Without_the_guard_twenty_workers_at_once_take_more_than_the_one_copy_in_some_round()
    {
        var caught = false;
        for (var round = 0; round < 10 && !caught; round++)
        {
            var book = await app.BookAsync(copies: 1);
            var responses = await LibraryTests.RaceAsync(app, book.Id, 20);
            var loans = await app.LoanRowsAsync(book.Id);
            var row = await app.BookRowAsync(book.Id);
            caught = loans.Count != 1 || row.CopiesOut != loans.Count || responses.Count(r => r.StatusCode == HttpStatusCode.Created) != 1;
        }
        Assert.True(caught, "The unguarded reservation never lent a copy twice: the race test would not catch a missing guard.");
    }

    [Fact]
    public void The_switch_that_removes_the_guard_is_refused_outside_the_testing_environment()
        => GuardSwitches.AssertRefusedOutsideTesting<CopyGuard, LibraryOptions>((services, _, _) => services.AddLibraryFeature());

    public sealed class OnSqlite(UnguardedSqliteApp<CopyGuard> app) : CopyGuardControlTests(app), IClassFixture<UnguardedSqliteApp<CopyGuard>>;

    public sealed class OnPostgres(UnguardedPostgresApp<CopyGuard> app) : CopyGuardControlTests(app), IClassFixture<UnguardedPostgresApp<CopyGuard>>;
}

/// <summary>The setting that removes the reading rooms' copy guard.</summary>
public sealed class CopyGuard : IGuardSwitch
{
    public static string Key => "Library:UnguardedForTests";
}
