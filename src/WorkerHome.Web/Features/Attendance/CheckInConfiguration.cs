using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Account;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Sessions;

namespace WorkerHome.Features.Attendance;

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.ToTable("CheckIns", t =>
        {
            t.HasComment("场次签到（扫码、人工、线上；含未点单的现场参加者）");
            t.HasCheckConstraint("CK_CheckIns_WalkIn", "\"IsWalkIn\" = (\"OrderId\" IS NULL)");
        });
        builder.Property(c => c.Method).HasConversion<int>();
        builder.HasOne<Session>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Order>().WithMany().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Restrict);
        // A worker checks in once: the second scan finds the first check-in.
        builder.HasIndex(c => new { c.SessionId, c.UserId }).IsUnique();
        builder.HasIndex(c => new { c.UserId, c.CheckedInAt });
    }
}
