using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Account;
using WorkerHome.Features.Sites;

namespace WorkerHome.Features.Bookings;

internal sealed class BookableRoomConfiguration : IEntityTypeConfiguration<BookableRoom>
{
    public void Configure(EntityTypeBuilder<BookableRoom> builder)
    {
        builder.ToTable("BookableRooms", t =>
        {
            t.HasComment("可预约场地：舞蹈室、多媒体室、教室、健身房及其预约规则");
            t.HasCheckConstraint("CK_BookableRooms_Rules",
                "\"Capacity\" > 0 AND \"SlotMinutes\" IN (30, 60, 90, 120) AND \"MinLeadHours\" >= 0 AND \"MaxAdvanceDays\" >= 0 AND \"WeeklyLimit\" > 0 AND \"CheckInGraceMinutes\" >= 0");
        });
        builder.Property(r => r.Name).HasMaxLength(60);
        builder.Property(r => r.Description).HasMaxLength(500);
        builder.Property(r => r.Kind).HasConversion<int>();
        builder.HasOne<Site>().WithMany().HasForeignKey(r => r.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FunctionArea>().WithMany().HasForeignKey(r => r.FunctionAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.SiteId, r.Name }).IsUnique();
        builder.HasIndex(r => r.FunctionAreaId);
    }
}

internal sealed class RoomBookingConfiguration : IEntityTypeConfiguration<RoomBooking>
{
    public void Configure(EntityTypeBuilder<RoomBooking> builder)
    {
        builder.ToTable("RoomBookings", t =>
        {
            t.HasComment("场地预约：待审核、已确认、已签到、已释放、已取消、未通过");
            t.HasCheckConstraint("CK_RoomBookings_Times", "\"People\" > 0 AND \"EndsAt\" > \"StartsAt\"");
        });
        builder.Property(b => b.Status).HasConversion<int>();
        builder.Property(b => b.Purpose).HasMaxLength(100);
        builder.Property(b => b.ContactName).HasMaxLength(40);
        builder.Property(b => b.RejectReason).HasMaxLength(200);
        builder.HasOne<BookableRoom>().WithMany().HasForeignKey(b => b.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(b => b.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BookingSeries>().WithMany().HasForeignKey(b => b.SeriesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.RoomId, b.Date });
        builder.HasIndex(b => new { b.UserId, b.StartsAt });
        builder.HasIndex(b => new { b.Status, b.ReleaseAfter });
        builder.HasIndex(b => new { b.SiteId, b.Date });
        builder.HasIndex(b => b.SeriesId);
    }
}

internal sealed class RoomBookingSlotConfiguration : IEntityTypeConfiguration<RoomBookingSlot>
{
    public void Configure(EntityTypeBuilder<RoomBookingSlot> builder)
    {
        builder.ToTable("RoomBookingSlots", t => t.HasComment("已占用的时段：每行一个时段，主键（场地、开始时间）防止重复预约"));
        builder.HasKey(s => new { s.RoomId, s.StartsAt });
        builder.HasOne<BookableRoom>().WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RoomBooking>().WithMany().HasForeignKey(s => s.BookingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.BookingId);
    }
}

internal sealed class BookingSeriesConfiguration : IEntityTypeConfiguration<BookingSeries>
{
    public void Configure(EntityTypeBuilder<BookingSeries> builder)
    {
        builder.ToTable("BookingSeries", t =>
        {
            t.HasComment("周期预约：团体每周固定时段，每次为一条预约");
            t.HasCheckConstraint("CK_BookingSeries_Weeks", "\"Weeks\" BETWEEN 1 AND 26 AND \"Slots\" BETWEEN 1 AND 8");
        });
        builder.Property(s => s.Purpose).HasMaxLength(100);
        builder.HasOne<BookableRoom>().WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.RoomId);
        builder.HasIndex(s => s.UserId);
    }
}
