using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkerHome.Features.Moderation;

internal sealed class SensitiveWordConfiguration : IEntityTypeConfiguration<SensitiveWord>
{
    public void Configure(EntityTypeBuilder<SensitiveWord> builder)
    {
        builder.ToTable("SensitiveWords", t => t.HasComment("敏感词库"));
        builder.Property(w => w.Word).HasMaxLength(50);
        builder.Property(w => w.Category).HasMaxLength(20);
        builder.HasIndex(w => w.Word).IsUnique();
    }
}

internal sealed class ModerationCaseConfiguration : IEntityTypeConfiguration<ModerationCase>
{
    public void Configure(EntityTypeBuilder<ModerationCase> builder)
    {
        builder.ToTable("ModerationCases", t => t.HasComment("待人工审核的内容"));
        builder.Property(c => c.ContentType).HasMaxLength(40);
        builder.Property(c => c.Text).HasMaxLength(2000);
        builder.Property(c => c.ReviewNote).HasMaxLength(200);
        builder.Property(c => c.Status).HasConversion<int>();
        builder.Property(c => c.Reasons);
        builder.HasIndex(c => new { c.UnionId, c.Status, c.CreatedAt });
        builder.HasIndex(c => new { c.ContentType, c.ContentId });
    }
}
