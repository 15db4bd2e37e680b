using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Regions;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Planning;

internal sealed class ConstructionPlanConfiguration : IEntityTypeConfiguration<ConstructionPlan>
{
    public void Configure(EntityTypeBuilder<ConstructionPlan> builder)
    {
        builder.ToTable("ConstructionPlans", t =>
        {
            t.HasComment("年度建设计划：对下级的目标和本级择优立项的补贴预算");
            // The budget guard: selections raise CommittedFen only while it stays within the budget.
            t.HasCheckConstraint("CK_ConstructionPlans_Budget", "\"CommittedFen\" >= 0 AND \"CommittedFen\" <= \"BudgetFen\"");
            t.HasCheckConstraint("CK_ConstructionPlans_Year", "\"Year\" BETWEEN 2000 AND 2100");
        });
        builder.Property(p => p.Title).HasMaxLength(100);
        builder.Property(p => p.Note).HasMaxLength(500);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Union>().WithMany().HasForeignKey(p => p.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.UnionId, p.Year }).IsUnique();
    }
}

internal sealed class PlanTargetConfiguration : IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanTarget> builder)
    {
        builder.ToTable("PlanTargets", t =>
        {
            t.HasComment("年度建设计划表的一格：某县区某形态某级别的建设目标数");
            t.HasCheckConstraint("CK_PlanTargets_Count", "\"Count\" BETWEEN 0 AND 1000");
        });
        builder.Property(t => t.Form).HasConversion<int>();
        builder.Property(t => t.Rating).HasConversion<int>();
        builder.HasOne<ConstructionPlan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Union>().WithMany().HasForeignKey(t => t.CountyUnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.PlanId, t.CountyUnionId, t.Form, t.Rating }).IsUnique();
    }
}

internal sealed class TownshipProfileConfiguration : IEntityTypeConfiguration<TownshipProfile>
{
    public void Configure(EntityTypeBuilder<TownshipProfile> builder)
    {
        builder.ToTable("TownshipProfiles", t =>
        {
            t.HasComment("乡镇（街道）的参考点和职工人数，用于覆盖分析和选址建议");
            t.HasCheckConstraint("CK_TownshipProfiles_Workers", "\"Workers\" >= 0");
            t.HasCheckConstraint("CK_TownshipProfiles_Point", "(\"Latitude\" IS NULL) = (\"Longitude\" IS NULL)");
        });
        builder.HasKey(p => p.RegionCode);
        builder.Property(p => p.RegionCode).HasMaxLength(12);
        builder.Property(p => p.Source).HasMaxLength(100);
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
