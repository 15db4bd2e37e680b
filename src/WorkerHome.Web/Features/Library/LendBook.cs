using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Library;

/// <summary>A loan made at the desk: the book and the worker's phone.</summary>
public sealed record LendInput
{
    /// <summary>The title lent.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "请选择图书")]
    public int BookId { get; set; }

    /// <summary>The worker's registered mobile number.</summary>
    [Required(ErrorMessage = "请填写借阅人手机号")]
    [StringLength(20, ErrorMessage = "手机号格式不正确")]
    public string Phone { get; set; } = "";
}

/// <summary>
/// The reading room's staff lend a copy at the desk to a worker found by phone (the phone is matched by its keyed
/// hash, never in clear). The due date is today plus the loan days.
/// </summary>
public sealed class LendBook(AppDbContext db, DataScope scope, PersonalDataProtector protector, LibraryCopies copies, ListLoans loans,
    TimeProvider time, IOptions<LibraryOptions> options)
{
    public async Task<Outcome<LoanView>> HandleAsync(LendInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var book = await db.LibraryBooks.AsNoTracking().Where(b => b.Id == input.BookId).Select(b => new { b.UnionId, b.Active }).FirstOrDefaultAsync(ct);
        if (book is null || !await scope.CoversUnionAsync(book.UnionId, ct))
        {
            return LibraryProblems.BookNotFound.WithError("bookId", "未找到该图书，或不在您的管理范围内");
        }
        if (!PhoneNumbers.TryNormalize(input.Phone, out var phone))
        {
            return CommonProblems.Field("phone", "请填写11位手机号");
        }
        var lookup = protector.Lookup(phone);
        var userId = await db.Users.Where(u => u.PhoneLookup == lookup).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        if (userId is null)
        {
            return LibraryProblems.WorkerNotFound.WithError("phone", "未找到使用该手机号注册的职工，请先注册");
        }
        var now = time.GetUtcNow();
        var loan = new BookLoan
        {
            BookId = input.BookId,
            UnionId = book.UnionId,
            UserId = userId.Value,
            Status = LoanStatus.Lent,
            LentAt = now,
            DueOn = time.LocalToday().AddDays(options.Value.LoanDays),
        };
        var taken = await copies.TakeAsync(loan, ct);
        return taken.Succeeded ? await loans.OneAsync(loan.Id, ct) : taken.Problem;
    }
}
