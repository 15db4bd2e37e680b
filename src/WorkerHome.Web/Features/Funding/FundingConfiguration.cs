using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Funding;

internal sealed class FundingLineConfiguration : IEntityTypeConfiguration<FundingLine>
{
    public void Configure(EntityTypeBuilder<FundingLine> builder)
    {
        builder.ToTable("FundingLines", t =>
        {
            t.HasComment("项目经费台账：上级补贴、逐级配套、基层自筹（分）");
            // The payment guard: nothing is ever paid beyond the approved amount of a line.
            t.HasCheckConstraint("CK_FundingLines_Paid", "\"AmountFen\" >= 0 AND \"PaidFen\" >= 0 AND \"PaidFen\" <= \"AmountFen\"");
        });
        builder.Property(l => l.Source).HasConversion<int>();
        builder.Property(l => l.Note).HasMaxLength(200);
        builder.HasOne<ConstructionProject>().WithMany().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Union>().WithMany().HasForeignKey(l => l.FunderUnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(l => l.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.ProjectId, l.Source, l.FunderUnionId }).IsUnique();
        builder.HasIndex(l => l.FunderUnionId);
    }
}

internal sealed class FundingPaymentConfiguration : IEntityTypeConfiguration<FundingPayment>
{
    public void Configure(EntityTypeBuilder<FundingPayment> builder)
    {
        builder.ToTable("FundingPayments", t =>
        {
            t.HasComment("经费拨付记录，对应项目节点");
            t.HasCheckConstraint("CK_FundingPayments_Amount", "\"AmountFen\" > 0");
        });
        builder.Property(p => p.Voucher).HasMaxLength(40);
        builder.HasOne<FundingLine>().WithMany().HasForeignKey(p => p.LineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConstructionProject>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProjectMilestone>().WithMany().HasForeignKey(p => p.MilestoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ProjectId, p.PaidOn });
        builder.HasIndex(p => p.LineId);
        builder.HasIndex(p => p.MilestoneId);
    }
}

internal sealed class FundingRuleConfiguration : IEntityTypeConfiguration<FundingRule>
{
    public void Configure(EntityTypeBuilder<FundingRule> builder)
    {
        builder.ToTable("FundingRules", t =>
        {
            t.HasComment("经费配套比例规则：比例（万分比）、上限（分）、是否必须");
            t.HasCheckConstraint("CK_FundingRules_Shares", "(\"MinShareBp\" IS NULL OR \"MinShareBp\" BETWEEN 0 AND 10000) AND (\"MaxShareBp\" IS NULL OR \"MaxShareBp\" BETWEEN 0 AND 10000) AND (\"MinShareBp\" IS NULL OR \"MaxShareBp\" IS NULL OR \"MinShareBp\" <= \"MaxShareBp\")");
            t.HasCheckConstraint("CK_FundingRules_Cap", "\"CapFen\" IS NULL OR \"CapFen\" >= 0");
            t.HasCheckConstraint("CK_FundingRules_Funder", "(\"Source\" = 3) = (\"FunderLevel\" IS NULL)");
        });
        builder.Property(r => r.ProjectRating).HasConversion<int>();
        builder.Property(r => r.Source).HasConversion<int>();
        builder.Property(r => r.FunderLevel).HasConversion<int?>();
        builder.Property(r => r.Basis).HasConversion<int>();
        builder.Property(r => r.Note).HasMaxLength(200);
        builder.HasOne<Union>().WithMany().HasForeignKey(r => r.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.UnionId, r.ProjectRating });
    }
}
