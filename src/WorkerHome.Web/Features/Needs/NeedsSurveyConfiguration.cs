using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Account;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Needs;

internal sealed class NeedsSurveyConfiguration : IEntityTypeConfiguration<NeedsSurvey>
{
    public void Configure(EntityTypeBuilder<NeedsSurvey> builder)
    {
        builder.ToTable("NeedsSurveys", t =>
        {
            t.HasComment("需求调查");
            t.HasCheckConstraint("CK_NeedsSurveys_Period", "\"ClosesOn\" >= \"OpensOn\"");
        });
        builder.Property(s => s.Title).HasMaxLength(100);
        builder.Property(s => s.Description).HasMaxLength(1000);
        builder.Property(s => s.Categories);
        builder.OwnsMany(s => s.Questions, questions => questions.ToJson());
        builder.HasOne<Union>().WithMany().HasForeignKey(s => s.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.UnionId, s.OpensOn });
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("SurveyResponses", t => t.HasComment("需求调查的答卷，每人每份一次"));
        builder.OwnsMany(r => r.Answers, answers => answers.ToJson());
        builder.HasOne<NeedsSurvey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.SurveyId, r.UserId }).IsUnique();
    }
}
