using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Needs;

internal sealed class NeedGroupConfiguration : IEntityTypeConfiguration<NeedGroup>
{
    public void Configure(EntityTypeBuilder<NeedGroup> builder)
    {
        builder.ToTable("NeedGroups", t => t.HasComment("归类后的需求组"));
        builder.Property(g => g.Title).HasMaxLength(100);
        builder.Property(g => g.Category).HasConversion<int>();
        builder.HasOne<Union>().WithMany().HasForeignKey(g => g.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<NeedGroup>().WithMany().HasForeignKey(g => g.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.UnionId, g.Category });
    }
}
