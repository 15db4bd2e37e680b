using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Library;

/// <summary>The reading room's staff add a title or edit one. Copies never drop below the copies out.</summary>
public sealed class SaveBook(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<BookView>> HandleAsync(int? id, BookInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var site = await db.Sites.AsNoTracking().Where(s => s.Id == input.SiteId && s.DeletedAt == null)
            .Select(s => new { s.Id, s.UnionId, s.Name }).FirstOrDefaultAsync(ct);
        if (site is null || !await scope.CoversUnionAsync(site.UnionId, ct))
        {
            return LibraryProblems.SiteNotFound.WithError("siteId", "未找到该阵地，或不在您的管理范围内");
        }
        string? isbn = null;
        if (!string.IsNullOrWhiteSpace(input.Isbn) && !Isbn.TryNormalize(input.Isbn, out isbn))
        {
            return CommonProblems.Field("isbn", "ISBN 校验位不正确，请核对（13位或10位）");
        }
        if (string.IsNullOrWhiteSpace(input.Title) || string.IsNullOrWhiteSpace(input.Author))
        {
            var problem = CommonProblems.Validation;
            problem = string.IsNullOrWhiteSpace(input.Title) ? problem.WithError("title", "请填写书名") : problem;
            return string.IsNullOrWhiteSpace(input.Author) ? problem.WithError("author", "请填写作者") : problem;
        }
        var now = time.GetUtcNow();
        var outcome = await db.InTransactionAsync<LibraryBook>(async token =>
        {
            LibraryBook? book;
            if (id is { } existing)
            {
                book = await db.LibraryBooks.FirstOrDefaultAsync(b => b.Id == existing, token);
                if (book is null || !await scope.CoversUnionAsync(book.UnionId, token))
                {
                    return LibraryProblems.BookNotFound;
                }
                var resized = await db.LibraryBooks.Where(b => b.Id == existing && b.CopiesOut <= input.Copies)
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.Copies, input.Copies), token);
                if (resized == 0)
                {
                    return LibraryProblems.CopiesBelowOut.WithError("copies", "已借出的册数多于新的册数");
                }
                await db.Entry(book).ReloadAsync(token);
            }
            else
            {
                book = new LibraryBook { CreatedAt = now, Copies = input.Copies };
                db.LibraryBooks.Add(book);
            }
            Apply(book, input, site.Id, site.UnionId, isbn, now);
            try
            {
                await db.SaveChangesAsync(token);
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                return LibraryProblems.IsbnTaken.WithError("isbn", "本书屋已有该 ISBN 的图书，请修改册数");
            }
            return book;
        }, ct);
        return outcome.Succeeded ? BookView.From(outcome.Value, site.Name) : outcome.Problem;
    }

    internal static void Apply(LibraryBook book, BookInput input, int siteId, int unionId, string? isbn, DateTimeOffset now)
    {
        book.SiteId = siteId;
        book.UnionId = unionId;
        book.Title = input.Title.Trim();
        book.Author = input.Author.Trim();
        book.Publisher = string.IsNullOrWhiteSpace(input.Publisher) ? null : input.Publisher.Trim();
        book.Isbn = isbn;
        book.Category = input.Category ?? BookCategory.Other;
        book.ShelfMark = string.IsNullOrWhiteSpace(input.ShelfMark) ? null : input.ShelfMark.Trim();
        book.Active = input.Active;
        book.UpdatedAt = now;
    }
}
