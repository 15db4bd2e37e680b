using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Account;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;
using WorkerHome.Features.Volunteers;
using WorkerHome.Infrastructure.Files;

namespace WorkerHome.Features.RightsCases;

internal sealed class RightsCaseConfiguration : IEntityTypeConfiguration<RightsCase>
{
    public void Configure(EntityTypeBuilder<RightsCase> builder)
    {
        builder.ToTable("RightsCases", t =>
        {
            t.HasComment("维权诉求：职工网上提交或在阵地现场登记的维权案件；联系电话加密存储");
            t.HasCheckConstraint("CK_RightsCases_Amount", "\"AmountFen\" IS NULL OR \"AmountFen\" >= 0");
            t.HasCheckConstraint("CK_RightsCases_Rating", "\"Rating\" IS NULL OR (\"Rating\" BETWEEN 1 AND 5)");
            t.HasCheckConstraint("CK_RightsCases_Closed", "(\"Status\" = 4) = (\"Outcome\" IS NOT NULL)");
        });
        builder.Property(c => c.Number).HasMaxLength(20);
        builder.Property(c => c.PersonName).HasMaxLength(RightsCase.MaxNameLength);
        builder.Property(c => c.PhoneMasked).HasMaxLength(20);
        builder.Property(c => c.EmployerName).HasMaxLength(RightsCase.MaxEmployerLength);
        builder.Property(c => c.Description).HasMaxLength(RightsCase.MaxDescriptionLength);
        builder.Property(c => c.RatingComment).HasMaxLength(500);
        builder.Property(c => c.Category).HasConversion<int>();
        builder.Property(c => c.Status).HasConversion<int>();
        builder.Property(c => c.Channel).HasConversion<int>();
        builder.Property(c => c.Outcome).HasConversion<int>();
        builder.Property(c => c.ProposedOutcome).HasConversion<int>();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.AssignedStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(c => c.AssignedVolunteerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(c => c.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => new { c.Year, c.Serial }).IsUnique();
        builder.HasIndex(c => new { c.UnionId, c.Status });
        builder.HasIndex(c => new { c.WorkerId, c.SubmittedAt });
        builder.HasIndex(c => c.AssignedVolunteerId);
    }
}

internal sealed class RightsCaseStepConfiguration : IEntityTypeConfiguration<RightsCaseStep>
{
    public void Configure(EntityTypeBuilder<RightsCaseStep> builder)
    {
        builder.ToTable("RightsCaseSteps", t => t.HasComment("维权诉求的办理步骤（只增不改；可设为仅内部可见）"));
        builder.Property(s => s.Kind).HasConversion<int>();
        builder.Property(s => s.ByName).HasMaxLength(100);
        builder.Property(s => s.Text).HasMaxLength(RightsCaseStep.MaxTextLength);
        builder.HasOne<RightsCase>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.CaseId, s.At });
    }
}

internal sealed class RightsCaseDocumentConfiguration : IEntityTypeConfiguration<RightsCaseDocument>
{
    public void Configure(EntityTypeBuilder<RightsCaseDocument> builder)
    {
        builder.ToTable("RightsCaseDocuments", t => t.HasComment("维权诉求的材料（职工或工作人员上传）"));
        builder.Property(d => d.FileName).HasMaxLength(Uploads.MaxFileNameLength);
        builder.HasOne<RightsCase>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(d => d.FileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.CaseId);
    }
}

internal sealed class RightsCaseSequenceConfiguration : IEntityTypeConfiguration<RightsCaseSequence>
{
    public void Configure(EntityTypeBuilder<RightsCaseSequence> builder)
    {
        builder.ToTable("RightsCaseSequences", t => t.HasComment("维权案件编号的年度流水号"));
        builder.HasKey(s => s.Year);
        builder.Property(s => s.Year).ValueGeneratedNever();
    }
}
