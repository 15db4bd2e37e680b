using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkerHome.Features.Sites;

internal sealed class FunctionAreaConfiguration : IEntityTypeConfiguration<FunctionArea>
{
    public void Configure(EntityTypeBuilder<FunctionArea> builder)
    {
        builder.ToTable("FunctionAreas", t => t.HasComment("功能区字典"));
        builder.Property(a => a.Code).HasMaxLength(50);
        builder.Property(a => a.Name).HasMaxLength(50);
        builder.Property(a => a.Description).HasMaxLength(200);
        builder.Property(a => a.CoreFunctions).HasConversion<int>();
        builder.HasIndex(a => a.Code).IsUnique();
        builder.HasIndex(a => a.Name).IsUnique();
    }
}
