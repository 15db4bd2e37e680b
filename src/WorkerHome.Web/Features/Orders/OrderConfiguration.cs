using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Account;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Sessions;

namespace WorkerHome.Features.Orders;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("Orders", t =>
        {
            t.HasComment("职工点单");
            t.HasCheckConstraint("CK_Orders_Ticket", "\"Status\" <> 2 OR \"WaitlistTicket\" IS NOT NULL");
        });
        builder.Property(o => o.Status).HasConversion<int>();
        builder.HasOne<Session>().WithMany().HasForeignKey(o => o.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MenuItem>().WithMany().HasForeignKey(o => o.MenuItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Restrict);
        // One live order per worker and session; a second order from the same worker finds the first.
        builder.HasIndex(o => new { o.SessionId, o.UserId }).IsUnique().HasFilter("\"Status\" <> 3");
        // A ticket is issued once per session, so positions never repeat.
        builder.HasIndex(o => new { o.SessionId, o.WaitlistTicket }).IsUnique().HasFilter("\"WaitlistTicket\" IS NOT NULL");
        // The tickets that left the waiting list (promoted or cancelled): a position subtracts the few before it.
        builder.HasIndex(o => new { o.SessionId, o.WaitlistTicket }, "IX_Orders_SessionId_TicketsThatLeft")
            .HasFilter("\"WaitlistTicket\" IS NOT NULL AND \"Status\" <> 2");
        builder.HasIndex(o => new { o.UserId, o.Status });
    }
}
