using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkerHome.Infrastructure.Privacy;

public sealed class SensitiveAccessConfiguration : IEntityTypeConfiguration<SensitiveAccess>
{
    public void Configure(EntityTypeBuilder<SensitiveAccess> builder)
    {
        builder.ToTable("SensitiveAccessLog");
        builder.Property(e => e.UserName).HasMaxLength(100);
        builder.Property(e => e.EntityType).HasMaxLength(60);
        builder.Property(e => e.EntityId).HasMaxLength(60);
        builder.Property(e => e.Field).HasMaxLength(40);
        builder.Property(e => e.Label).HasMaxLength(100);
        builder.Property(e => e.Reason).HasMaxLength(SensitiveAccess.MaxReasonLength);
        builder.Property(e => e.IpAddress).HasMaxLength(64);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        // One successor per entry: two appends racing for the same predecessor cannot both land.
        builder.HasIndex(e => e.PreviousHash).IsUnique();
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
        builder.HasIndex(e => e.At);
    }
}
