using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Account;

namespace WorkerHome.Features.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications", t => t.HasComment("站内消息"));
        builder.Property(n => n.Title).HasMaxLength(100);
        builder.Property(n => n.Body).HasMaxLength(1000);
        builder.Property(n => n.Link).HasMaxLength(300);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages", t => t.HasComment("待发送的短信、微信模板消息"));
        builder.Property(m => m.Title).HasMaxLength(100);
        builder.Property(m => m.Body).HasMaxLength(1000);
        builder.Property(m => m.Link).HasMaxLength(300);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.Property(m => m.Channel).HasConversion<int>();
        builder.Property(m => m.Status).HasConversion<int>();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
    }
}
