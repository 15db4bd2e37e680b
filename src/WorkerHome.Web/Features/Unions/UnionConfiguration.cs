using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Regions;

namespace WorkerHome.Features.Unions;

internal sealed class UnionConfiguration : IEntityTypeConfiguration<Union>
{
    public void Configure(EntityTypeBuilder<Union> builder)
    {
        builder.ToTable("Unions", t => t.HasComment("工会组织树"));
        builder.Property(u => u.Name).HasMaxLength(100);
        builder.Property(u => u.Path).HasMaxLength(200);
        builder.Property(u => u.RegionCode).HasMaxLength(12);
        builder.Property(u => u.Level).HasConversion<int>();
        builder.HasIndex(u => u.Path);
        builder.HasIndex(u => new { u.ParentId, u.Name }).IsUnique();
        builder.HasOne<Union>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(u => u.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
