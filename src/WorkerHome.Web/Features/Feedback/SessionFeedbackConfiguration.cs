using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Account;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Sessions;

namespace WorkerHome.Features.Feedback;

internal sealed class SessionFeedbackConfiguration : IEntityTypeConfiguration<SessionFeedback>
{
    public void Configure(EntityTypeBuilder<SessionFeedback> builder)
    {
        builder.ToTable("SessionFeedback", t =>
        {
            t.HasComment("参加者对场次的评价（内容、主讲、场地 1–5 星与留言）");
            t.HasCheckConstraint("CK_SessionFeedback_Content", "\"ContentStars\" BETWEEN 1 AND 5");
            t.HasCheckConstraint("CK_SessionFeedback_Provider", "\"ProviderStars\" BETWEEN 1 AND 5");
            t.HasCheckConstraint("CK_SessionFeedback_Venue", "\"VenueStars\" IS NULL OR \"VenueStars\" BETWEEN 1 AND 5");
        });
        builder.Property(f => f.Comment).HasMaxLength(SessionFeedback.MaxCommentLength);
        builder.Property(f => f.FollowUpNote).HasMaxLength(300);
        builder.Property(f => f.Mode).HasConversion<int>();
        builder.Property(f => f.CommentModeration).HasConversion<int?>();
        builder.Property(f => f.FollowUp).HasConversion<int>();
        builder.HasOne<Session>().WithMany().HasForeignKey(f => f.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Need>().WithMany().HasForeignKey(f => f.NeedId).OnDelete(DeleteBehavior.SetNull);
        // Once per attendee and session.
        builder.HasIndex(f => new { f.SessionId, f.UserId }).IsUnique();
        builder.HasIndex(f => new { f.UnionId, f.CreatedAt });
        builder.HasIndex(f => f.MenuItemId);
        builder.HasIndex(f => f.VolunteerId);
        builder.HasIndex(f => f.SiteId);
        builder.HasIndex(f => new { f.FollowUp, f.CreatedAt });
    }
}
