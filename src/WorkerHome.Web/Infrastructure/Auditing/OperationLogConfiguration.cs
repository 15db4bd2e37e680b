using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkerHome.Infrastructure.Auditing;

internal sealed class OperationLogConfiguration : IEntityTypeConfiguration<OperationLog>
{
    public void Configure(EntityTypeBuilder<OperationLog> builder)
    {
        builder.ToTable("OperationLogs", t => t.HasComment("操作日志：每一次工作人员写操作的前后状态"));
        builder.Property(l => l.UserName).HasMaxLength(64);
        builder.Property(l => l.EntityType).HasMaxLength(64);
        builder.Property(l => l.EntityId).HasMaxLength(64);
        builder.Property(l => l.Label).HasMaxLength(200);
        builder.Property(l => l.IpAddress).HasMaxLength(64);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(l => new { l.UnionId, l.At });
        builder.HasIndex(l => new { l.EntityType, l.EntityId });
        builder.HasIndex(l => l.At);
    }
}
