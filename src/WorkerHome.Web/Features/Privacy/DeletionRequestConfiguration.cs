using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkerHome.Features.Privacy;

public sealed class DeletionRequestConfiguration : IEntityTypeConfiguration<DeletionRequest>
{
    public void Configure(EntityTypeBuilder<DeletionRequest> builder)
    {
        builder.ToTable("DeletionRequests", t => t.HasComment("职工删除个人信息的申请：已删除的和依法保留的"));
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Erased).HasMaxLength(2000);
        builder.Property(r => r.Kept).HasMaxLength(2000);
        builder.HasIndex(r => r.UserId);
    }
}
