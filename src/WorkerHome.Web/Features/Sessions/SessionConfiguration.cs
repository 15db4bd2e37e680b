using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;
using WorkerHome.Features.Volunteers;

namespace WorkerHome.Features.Sessions;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("Sessions", t =>
        {
            t.HasComment("小班开讲的场次");
            // The last line of defence against overselling: whatever the code does, seats stay within capacity.
            t.HasCheckConstraint("CK_Sessions_Seats", "\"Confirmed\" >= 0 AND \"Confirmed\" <= \"Capacity\"");
            t.HasCheckConstraint("CK_Sessions_Capacity", "\"Capacity\" BETWEEN 1 AND 1000");
            t.HasCheckConstraint("CK_Sessions_Time", "\"EndsAt\" > \"StartsAt\"");
            t.HasCheckConstraint("CK_Sessions_Where", "\"SiteId\" IS NOT NULL OR \"OnlineUrl\" IS NOT NULL");
        });
        builder.Property(s => s.Place).HasMaxLength(100);
        builder.Property(s => s.OnlineUrl).HasMaxLength(500);
        builder.Property(s => s.SeriesKey).HasMaxLength(40);
        builder.Property(s => s.Status).HasConversion<int>();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<MenuItem>().WithMany().HasForeignKey(s => s.MenuItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(s => s.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(s => s.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.VolunteerId, s.StartsAt });
        builder.HasIndex(s => new { s.EndsAt, s.FeedbackInvitedAt });
        builder.HasIndex(s => new { s.MenuItemId, s.StartsAt });
        builder.HasIndex(s => new { s.UnionId, s.StartsAt });
        builder.HasIndex(s => new { s.SiteId, s.StartsAt });
        // The sessions whose seats are not yet in their statistics cell: the ones still to come and the few just ended.
        builder.HasIndex(s => s.StartsAt, "IX_Sessions_Unsealed").HasFilter("\"SeatsSealedAt\" IS NULL");
    }
}

internal sealed class PublicHolidayConfiguration : IEntityTypeConfiguration<PublicHoliday>
{
    public void Configure(EntityTypeBuilder<PublicHoliday> builder)
    {
        builder.ToTable("PublicHolidays", t => t.HasComment("法定节假日与调休上班日（国务院办公厅每年公布）"));
        builder.HasKey(h => h.Date);
        builder.Property(h => h.Name).HasMaxLength(20);
        builder.Property(h => h.Kind).HasConversion<int>();
    }
}
