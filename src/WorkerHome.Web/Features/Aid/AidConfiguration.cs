using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Account;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Aid;

internal sealed class AidApplicationConfiguration : IEntityTypeConfiguration<AidApplication>
{
    public void Configure(EntityTypeBuilder<AidApplication> builder)
    {
        builder.ToTable("AidApplications", t => t.HasComment("困难职工帮扶申请"));
        builder.Property(a => a.RealName).HasMaxLength(50);
        builder.Property(a => a.IdCipher).HasMaxLength(200);
        builder.Property(a => a.IdLookup).HasMaxLength(64);
        builder.Property(a => a.IdMasked).HasMaxLength(20);
        builder.Property(a => a.PhoneCipher).HasMaxLength(200);
        builder.Property(a => a.PhoneMasked).HasMaxLength(20);
        builder.Property(a => a.HouseholdCipher).HasMaxLength(4000);
        builder.Property(a => a.IncomeCipher).HasMaxLength(2000);
        builder.Property(a => a.HealthCipher).HasMaxLength(2000);
        builder.Property(a => a.CauseDescription).HasMaxLength(500);
        builder.Property(a => a.ConsentVersion).HasMaxLength(40);
        builder.Property(a => a.PayReference).HasMaxLength(100);
        builder.Property(a => a.RecheckNote).HasMaxLength(200);
        builder.Property(a => a.Causes).HasConversion<int>();
        builder.Property(a => a.Status).HasConversion<int>();
        builder.Property(a => a.Level).HasConversion<int>();
        builder.Property(a => a.PayMethod).HasConversion<int?>();
        builder.Property(a => a.RecheckResult).HasConversion<int?>();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(a => a.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(a => a.CountyUnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(a => a.CityUnionId).OnDelete(DeleteBehavior.Restrict);
        // One open application per ID number, and one not-rejected application per ID number and year, whatever the
        // number of requests at once.
        builder.HasIndex(a => a.IdLookup).IsUnique().HasFilter("\"Status\" = 0");
        builder.HasIndex(a => new { a.IdLookup, a.Year }).IsUnique().HasFilter("\"Status\" <> 1");
        builder.HasIndex(a => new { a.UnionId, a.Status });
        builder.HasIndex(a => a.UserId);
        builder.HasIndex(a => new { a.Status, a.NoticeEndsOn });
    }
}

internal sealed class AidStepConfiguration : IEntityTypeConfiguration<AidStep>
{
    public void Configure(EntityTypeBuilder<AidStep> builder)
    {
        builder.ToTable("AidSteps", t => t.HasComment("帮扶申请审核记录"));
        builder.Property(s => s.Opinion).HasMaxLength(200);
        builder.Property(s => s.ByName).HasMaxLength(100);
        builder.Property(s => s.Level).HasConversion<int>();
        builder.HasOne<AidApplication>().WithMany().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Union>().WithMany().HasForeignKey(s => s.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ApplicationId, s.Level }).IsUnique();
    }
}

internal sealed class AidBudgetConfiguration : IEntityTypeConfiguration<AidBudget>
{
    public void Configure(EntityTypeBuilder<AidBudget> builder)
    {
        builder.ToTable("AidBudgets", t => t.HasComment("帮扶年度预算与名额"));
        builder.HasOne<Union>().WithMany().HasForeignKey(b => b.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.UnionId, b.Year }).IsUnique();
    }
}

internal sealed class AidDocumentConfiguration : IEntityTypeConfiguration<AidDocument>
{
    public void Configure(EntityTypeBuilder<AidDocument> builder)
    {
        builder.ToTable("AidDocuments", t => t.HasComment("帮扶申请的证明材料（申请人或工作人员上传）"));
        builder.Property(d => d.FileName).HasMaxLength(200);
        builder.HasIndex(d => d.ApplicationId);
        builder.HasOne<AidApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
