using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Standards;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Files;

namespace WorkerHome.Features.Construction;

internal sealed class ConstructionProjectConfiguration : IEntityTypeConfiguration<ConstructionProject>
{
    public void Configure(EntityTypeBuilder<ConstructionProject> builder)
    {
        builder.ToTable("ConstructionProjects", t =>
        {
            t.HasComment("职工之家阵地建设项目：申报、评审、择优立项、节点、验收");
            t.HasCheckConstraint("CK_ConstructionProjects_Budget", "\"BudgetFen\" >= 0 AND \"RequestedSubsidyFen\" >= 0 AND \"RequestedSubsidyFen\" <= \"BudgetFen\"");
            t.HasCheckConstraint("CK_ConstructionProjects_Approved", "\"ApprovedSubsidyFen\" IS NULL OR (\"ApprovedSubsidyFen\" >= 0 AND \"ApprovedSubsidyFen\" <= \"BudgetFen\")");
            t.HasCheckConstraint("CK_ConstructionProjects_ReviewScore", "\"ReviewScore\" IS NULL OR \"ReviewScore\" BETWEEN 0 AND 100");
            // No union approves its own application.
            t.HasCheckConstraint("CK_ConstructionProjects_Reviewer", "\"ReviewerUnionId\" <> \"UnionId\"");
            t.HasCheckConstraint("CK_ConstructionProjects_Year", "\"Year\" BETWEEN 2000 AND 2100");
        });
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Description).HasMaxLength(1000);
        builder.Property(p => p.ReviewComment).HasMaxLength(500);
        builder.Property(p => p.Form).HasConversion<int>();
        builder.Property(p => p.Rating).HasConversion<int>();
        builder.Property(p => p.Stage).HasConversion<int>();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Union>().WithMany().HasForeignKey(p => p.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(p => p.CountyUnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(p => p.ReviewerUnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(p => p.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SiteAssessment>().WithMany().HasForeignKey(p => p.SelfAssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SiteAssessment>().WithMany().HasForeignKey(p => p.AcceptanceAssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.Year, p.CountyUnionId, p.Stage });
        builder.HasIndex(p => new { p.ReviewerUnionId, p.Year, p.Stage });
        builder.HasIndex(p => p.UnionId);
        builder.HasIndex(p => p.SiteId);
    }
}

internal sealed class ProjectStepConfiguration : IEntityTypeConfiguration<ProjectStep>
{
    public void Configure(EntityTypeBuilder<ProjectStep> builder)
    {
        builder.ToTable("ProjectSteps", t => t.HasComment("建设项目每一步的办理人、所代表的工会、时间和意见"));
        builder.Property(s => s.Kind).HasConversion<int>();
        builder.Property(s => s.StageAfter).HasConversion<int>();
        builder.Property(s => s.ActorName).HasMaxLength(50);
        builder.Property(s => s.Comment).HasMaxLength(500);
        builder.HasOne<ConstructionProject>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Union>().WithMany().HasForeignKey(s => s.ActorUnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ProjectId, s.At });
    }
}

internal sealed class ProjectMilestoneConfiguration : IEntityTypeConfiguration<ProjectMilestone>
{
    public void Configure(EntityTypeBuilder<ProjectMilestone> builder)
    {
        builder.ToTable("ProjectMilestones", t => t.HasComment("建设项目的节点（计划日期、完成情况）"));
        builder.Property(m => m.Title).HasMaxLength(100);
        builder.Property(m => m.Note).HasMaxLength(500);
        builder.HasOne<ConstructionProject>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ProjectId, m.SortOrder });
        // The battle map asks "which undone milestones are past their date" across all projects.
        builder.HasIndex(m => new { m.DoneAt, m.DueOn });
    }
}

internal sealed class ProjectDocumentConfiguration : IEntityTypeConfiguration<ProjectDocument>
{
    public void Configure(EntityTypeBuilder<ProjectDocument> builder)
    {
        builder.ToTable("ProjectDocuments", t =>
        {
            t.HasComment("建设项目的申报材料、节点佐证和验收材料");
            t.HasCheckConstraint("CK_ProjectDocuments_Evidence", "(\"Kind\" = 2) = (\"MilestoneId\" IS NOT NULL)");
        });
        builder.Property(d => d.Kind).HasConversion<int>();
        builder.Property(d => d.Title).HasMaxLength(100);
        builder.HasOne<ConstructionProject>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProjectMilestone>().WithMany().HasForeignKey(d => d.MilestoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(d => d.FileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.ProjectId, d.Kind });
        builder.HasIndex(d => d.MilestoneId);
        builder.HasIndex(d => d.FileId).IsUnique();
    }
}
