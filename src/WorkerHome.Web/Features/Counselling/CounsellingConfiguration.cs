using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Account;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;
using WorkerHome.Features.Volunteers;

namespace WorkerHome.Features.Counselling;

internal sealed class CounsellingSlotConfiguration : IEntityTypeConfiguration<CounsellingSlot>
{
    public void Configure(EntityTypeBuilder<CounsellingSlot> builder)
    {
        builder.ToTable("CounsellingSlots", t =>
        {
            t.HasComment("心理驿站：咨询师发布的咨询时段（到站面谈须指定阵地）");
            t.HasCheckConstraint("CK_CounsellingSlots_Site", "(\"Mode\" = 1) = (\"SiteId\" IS NOT NULL)");
        });
        builder.Property(s => s.Mode).HasConversion<int>();
        builder.Property(s => s.Status).HasConversion<int>();
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(s => s.CounsellorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(s => s.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CounsellorId, s.StartsAt });
        builder.HasIndex(s => new { s.SiteId, s.StartsAt });
        builder.HasIndex(s => new { s.UnionId, s.StartsAt });
    }
}

internal sealed class CounsellingBookingConfiguration : IEntityTypeConfiguration<CounsellingBooking>
{
    public void Configure(EntityTypeBuilder<CounsellingBooking> builder)
    {
        builder.ToTable("CounsellingBookings", t =>
        {
            t.HasComment("心理驿站：职工以化名预约咨询；留言与联系电话加密存储，仅咨询师可见");
            // A live booking holds its own slot; a cancelled one lets go of it.
            t.HasCheckConstraint("CK_CounsellingBookings_Active", "\"ActiveSlotId\" IS NULL OR (\"ActiveSlotId\" = \"SlotId\" AND \"Status\" <> 4)");
        });
        builder.Property(b => b.Alias).HasMaxLength(CounsellingBooking.MaxAliasLength);
        builder.Property(b => b.Topic).HasConversion<int>();
        builder.Property(b => b.ContactPreference).HasConversion<int>();
        builder.Property(b => b.Status).HasConversion<int>();
        builder.Property(b => b.ContactPhoneMasked).HasMaxLength(20);
        builder.HasOne<CounsellingSlot>().WithMany().HasForeignKey(b => b.SlotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(b => b.WorkerId).OnDelete(DeleteBehavior.Restrict);
        // The slot guard: one live booking per slot.
        builder.HasIndex(b => b.ActiveSlotId).IsUnique();
        builder.HasIndex(b => b.SlotId);
        builder.HasIndex(b => new { b.WorkerId, b.Status });
    }
}

internal sealed class CounsellingNoteConfiguration : IEntityTypeConfiguration<CounsellingNote>
{
    public void Configure(EntityTypeBuilder<CounsellingNote> builder)
    {
        builder.ToTable("CounsellingNotes", t => t.HasComment("心理驿站：咨询师的会谈记录（加密，仅该咨询师可读）"));
        builder.HasOne<CounsellingBooking>().WithMany().HasForeignKey(n => n.BookingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(n => n.CounsellorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => n.BookingId).IsUnique();
        builder.HasIndex(n => n.CounsellorId);
    }
}
