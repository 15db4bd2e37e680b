using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Unions;
using WorkerHome.Features.Volunteers;

namespace WorkerHome.Features.Dispatch;

internal sealed class ServiceDispatchConfiguration : IEntityTypeConfiguration<ServiceDispatch>
{
    public void Configure(EntityTypeBuilder<ServiceDispatch> builder)
    {
        builder.ToTable("Dispatches", t =>
        {
            t.HasComment("派单：请志愿者承接场次或需求组");
            t.HasCheckConstraint("CK_Dispatches_Target", "(\"SessionId\" IS NULL) <> (\"NeedGroupId\" IS NULL)");
            t.HasCheckConstraint("CK_Dispatches_Parallel", "\"ParallelOffers\" BETWEEN 1 AND 10");
            t.HasCheckConstraint("CK_Dispatches_AnswerHours", "\"AnswerHours\" BETWEEN 1 AND 168");
            t.HasCheckConstraint("CK_Dispatches_Accepted", "(\"Status\" = 3) = (\"VolunteerId\" IS NOT NULL)");
        });
        builder.Property(d => d.Status).HasConversion<int>();
        builder.Property(d => d.OnNoAnswer).HasConversion<int>();
        builder.Property(d => d.Note).HasMaxLength(200);
        builder.Property(d => d.Queue);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasOne<Union>().WithMany().HasForeignKey(d => d.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Session>().WithMany().HasForeignKey(d => d.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<NeedGroup>().WithMany().HasForeignKey(d => d.NeedGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(d => d.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        // One live dispatch per session and per group: a second one would let two volunteers deliver one class.
        builder.HasIndex(d => d.SessionId).IsUnique().HasFilter("\"SessionId\" IS NOT NULL AND \"Status\" <> 4");
        builder.HasIndex(d => d.NeedGroupId).IsUnique().HasFilter("\"NeedGroupId\" IS NOT NULL AND \"Status\" <> 4");
        builder.HasIndex(d => new { d.UnionId, d.Status });
        builder.HasIndex(d => d.VolunteerId);
    }
}

internal sealed class DispatchOfferConfiguration : IEntityTypeConfiguration<DispatchOffer>
{
    public void Configure(EntityTypeBuilder<DispatchOffer> builder)
    {
        builder.ToTable("DispatchOffers", t =>
        {
            t.HasComment("派给某位志愿者的邀约及答复期限");
            t.HasCheckConstraint("CK_DispatchOffers_Deadline", "\"ExpiresAt\" > \"OfferedAt\"");
        });
        builder.Property(o => o.Status).HasConversion<int>();
        builder.Property(o => o.DeclineReason).HasMaxLength(DispatchOffer.MaxReasonLength);
        builder.HasOne<ServiceDispatch>().WithMany().HasForeignKey(o => o.DispatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(o => o.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        // A volunteer is offered a dispatch once; a second offer would be a second vote.
        builder.HasIndex(o => new { o.DispatchId, o.VolunteerId }).IsUnique();
        builder.HasIndex(o => new { o.Status, o.ExpiresAt });
        builder.HasIndex(o => new { o.VolunteerId, o.Status });
    }
}
