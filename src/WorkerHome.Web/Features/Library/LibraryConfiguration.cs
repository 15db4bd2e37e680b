using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Account;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Library;

internal sealed class LibraryBookConfiguration : IEntityTypeConfiguration<LibraryBook>
{
    public void Configure(EntityTypeBuilder<LibraryBook> builder)
    {
        builder.ToTable("LibraryBooks", t =>
        {
            t.HasComment("职工书屋藏书：书名、作者、ISBN、分类、册数与借出数、架位");
            // The copy guard: never more copies out than the shelf holds.
            t.HasCheckConstraint("CK_LibraryBooks_Copies", "\"Copies\" >= 0 AND \"CopiesOut\" >= 0 AND \"CopiesOut\" <= \"Copies\"");
        });
        builder.Property(b => b.Title).HasMaxLength(120);
        builder.Property(b => b.Author).HasMaxLength(80);
        builder.Property(b => b.Publisher).HasMaxLength(80);
        builder.Property(b => b.Isbn).HasMaxLength(13);
        builder.Property(b => b.ShelfMark).HasMaxLength(20);
        builder.Property(b => b.Category).HasConversion<int>();
        builder.HasOne<Site>().WithMany().HasForeignKey(b => b.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(b => b.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.SiteId, b.Isbn }).IsUnique().HasFilter("\"Isbn\" IS NOT NULL");
        builder.HasIndex(b => new { b.SiteId, b.Category });
        builder.HasIndex(b => b.UnionId);
    }
}

internal sealed class BookLoanConfiguration : IEntityTypeConfiguration<BookLoan>
{
    public void Configure(EntityTypeBuilder<BookLoan> builder)
    {
        builder.ToTable("BookLoans", t => t.HasComment("职工书屋借阅：预约、借出、续借、归还与到期提醒"));
        builder.Property(l => l.Status).HasConversion<int>();
        builder.HasOne<LibraryBook>().WithMany().HasForeignKey(l => l.BookId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(l => l.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.UserId, l.Status });
        builder.HasIndex(l => new { l.BookId, l.Status });
        builder.HasIndex(l => new { l.Status, l.DueOn });
        builder.HasIndex(l => l.UnionId);
    }
}
