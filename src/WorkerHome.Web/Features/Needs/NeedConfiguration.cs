using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Account;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Needs;

internal sealed class NeedConfiguration : IEntityTypeConfiguration<Need>
{
    public void Configure(EntityTypeBuilder<Need> builder)
    {
        builder.ToTable("Needs", t =>
        {
            t.HasComment("职工提的需求");
            t.HasCheckConstraint("CK_Needs_MeTooCount", "\"MeTooCount\" >= 0");
        });
        builder.Property(n => n.Text).HasMaxLength(Need.MaxTextLength);
        builder.Property(n => n.PreferredRegionCode).HasMaxLength(12);
        builder.Property(n => n.Category).HasConversion<int>();
        builder.Property(n => n.Status).HasConversion<int>();
        builder.Property(n => n.Moderation).HasConversion<int>();
        builder.Property(n => n.Channel).HasConversion<int>();
        builder.Property(n => n.PreferredTimes).HasConversion<int>();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(n => n.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<NeedGroup>().WithMany().HasForeignKey(n => n.GroupId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<NeedsSurvey>().WithMany().HasForeignKey(n => n.SurveyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(n => new { n.UnionId, n.Category, n.Moderation });
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
        builder.HasIndex(n => n.GroupId);
        // The staff inbox reads newest first down this index and stops after a page (SearchNeeds).
        builder.HasIndex(n => new { n.CreatedAt, n.Id });
    }
}

internal sealed class NeedMeTooConfiguration : IEntityTypeConfiguration<NeedMeToo>
{
    public void Configure(EntityTypeBuilder<NeedMeToo> builder)
    {
        builder.ToTable("NeedMeToos", t => t.HasComment("“我也需要”，每人每条需求一次"));
        builder.HasKey(m => new { m.NeedId, m.UserId });
        builder.HasOne<Need>().WithMany().HasForeignKey(m => m.NeedId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
