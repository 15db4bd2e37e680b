using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Standards;

internal sealed class ConstructionStandardConfiguration : IEntityTypeConfiguration<ConstructionStandard>
{
    public void Configure(EntityTypeBuilder<ConstructionStandard> builder)
    {
        builder.ToTable("ConstructionStandards", t =>
        {
            t.HasComment("建设标准：某形态、某级别阵地的加权检查清单");
            t.HasCheckConstraint("CK_ConstructionStandards_PassScore", "\"PassScore\" >= 0");
        });
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Note).HasMaxLength(500);
        builder.Property(s => s.Form).HasConversion<int>();
        builder.Property(s => s.Rating).HasConversion<int>();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Union>().WithMany().HasForeignKey(s => s.UnionId).OnDelete(DeleteBehavior.Restrict);
        // One active standard per owner, form and rating: a site must never be measured by two at once.
        builder.HasIndex(s => new { s.UnionId, s.Form, s.Rating }).IsUnique().HasFilter("\"IsActive\"");
    }
}

internal sealed class StandardItemConfiguration : IEntityTypeConfiguration<StandardItem>
{
    public void Configure(EntityTypeBuilder<StandardItem> builder)
    {
        builder.ToTable("StandardItems", t =>
        {
            t.HasComment("建设标准的检查项及分值");
            t.HasCheckConstraint("CK_StandardItems_Weight", "\"Weight\" BETWEEN 1 AND 100");
            t.HasCheckConstraint("CK_StandardItems_Minimum", "(\"Kind\" = 2) = (\"Minimum\" IS NOT NULL)");
        });
        builder.Property(i => i.Category).HasMaxLength(20);
        builder.Property(i => i.Title).HasMaxLength(100);
        builder.Property(i => i.Requirement).HasMaxLength(300);
        builder.Property(i => i.Unit).HasMaxLength(20);
        builder.Property(i => i.Kind).HasConversion<int>();
        builder.Property(i => i.Minimum).HasPrecision(12, 2);
        builder.HasOne<ConstructionStandard>().WithMany().HasForeignKey(i => i.StandardId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FunctionArea>().WithMany().HasForeignKey(i => i.FunctionAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.StandardId, i.SortOrder });
    }
}

internal sealed class SiteAssessmentConfiguration : IEntityTypeConfiguration<SiteAssessment>
{
    public void Configure(EntityTypeBuilder<SiteAssessment> builder)
    {
        builder.ToTable("SiteAssessments", t =>
        {
            t.HasComment("阵地对照建设标准的自评或检查评分");
            t.HasCheckConstraint("CK_SiteAssessments_Score", "\"Score\" BETWEEN 0 AND \"MaxScore\"");
        });
        builder.Property(a => a.Kind).HasConversion<int>();
        builder.Property(a => a.Comment).HasMaxLength(500);
        builder.Property(a => a.AssessorName).HasMaxLength(50);
        builder.HasOne<Site>().WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConstructionStandard>().WithMany().HasForeignKey(a => a.StandardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(a => a.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(a => a.AssessorUnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConstructionProject>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.SiteId, a.Kind, a.AssessedAt });
        builder.HasIndex(a => a.ProjectId);
        builder.HasIndex(a => a.UnionId);
        builder.OwnsMany(a => a.Results, results =>
        {
            results.ToTable("AssessmentResults", t => t.HasComment("评分中每个检查项的结果"));
            results.WithOwner().HasForeignKey("AssessmentId");
            results.Property<int>("Id");
            results.HasKey("Id");
            results.Property(r => r.Value).HasPrecision(12, 2);
            results.Property(r => r.Note).HasMaxLength(200);
            results.HasIndex("AssessmentId", nameof(AssessmentResult.ItemId)).IsUnique();
        });
    }
}
