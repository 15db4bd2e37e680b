using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Account;
using WorkerHome.Features.Regions;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Training;

internal sealed class TrainingCourseConfiguration : IEntityTypeConfiguration<TrainingCourse>
{
    public void Configure(EntityTypeBuilder<TrainingCourse> builder)
    {
        builder.ToTable("TrainingCourses", t =>
        {
            t.HasComment("技能培训课程");
            t.HasCheckConstraint("CK_TrainingCourses_Places", "\"Enrolled\" >= 0 AND \"Enrolled\" <= \"Capacity\"");
            t.HasCheckConstraint("CK_TrainingCourses_Required", "\"RequiredSessions\" >= 1");
        });
        builder.Property(c => c.Title).HasMaxLength(100);
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.Property(c => c.TargetGroup).HasMaxLength(100);
        builder.Property(c => c.CertificateTitle).HasMaxLength(100);
        builder.Property(c => c.Status).HasConversion<int>();
        builder.HasOne<Union>().WithMany().HasForeignKey(c => c.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.UnionId, c.Status });
        builder.HasIndex(c => new { c.SiteId, c.Status });
    }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        builder.ToTable("TrainingSessions", t =>
        {
            t.HasComment("培训课次");
            t.HasCheckConstraint("CK_TrainingSessions_Time", "\"EndsAt\" > \"StartsAt\"");
        });
        builder.Property(s => s.Topic).HasMaxLength(100);
        builder.Property(s => s.Place).HasMaxLength(100);
        builder.Property(s => s.Teacher).HasMaxLength(50);
        builder.HasOne<TrainingCourse>().WithMany().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.CourseId, s.StartsAt });
    }
}

internal sealed class TrainingEnrolmentConfiguration : IEntityTypeConfiguration<TrainingEnrolment>
{
    public void Configure(EntityTypeBuilder<TrainingEnrolment> builder)
    {
        builder.ToTable("TrainingEnrolments", t => t.HasComment("培训报名（学员）"));
        builder.Property(e => e.TownshipCode).HasMaxLength(12);
        builder.Property(e => e.PhoneCipher).HasMaxLength(200);
        builder.Property(e => e.PhoneMasked).HasMaxLength(20);
        builder.Property(e => e.Status).HasConversion<int>();
        builder.HasOne<TrainingCourse>().WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.TownshipCode).OnDelete(DeleteBehavior.Restrict);
        // One live place per worker and course; a withdrawn worker may enrol again.
        builder.HasIndex(e => new { e.CourseId, e.UserId }).IsUnique().HasFilter("\"WithdrawnAt\" IS NULL");
        builder.HasIndex(e => new { e.UserId, e.Status });
    }
}

internal sealed class TrainingAttendanceConfiguration : IEntityTypeConfiguration<TrainingAttendance>
{
    public void Configure(EntityTypeBuilder<TrainingAttendance> builder)
    {
        builder.ToTable("TrainingAttendances", t => t.HasComment("培训出勤（每学员每课次一条）"));
        builder.Property(a => a.Source).HasConversion<int>();
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TrainingEnrolment>().WithMany().HasForeignKey(a => a.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.SessionId, a.EnrolmentId }).IsUnique();
        builder.HasIndex(a => a.EnrolmentId);
    }
}

internal sealed class TrainingCertificateConfiguration : IEntityTypeConfiguration<TrainingCertificate>
{
    public void Configure(EntityTypeBuilder<TrainingCertificate> builder)
    {
        builder.ToTable("TrainingCertificates", t => t.HasComment("培训结业证书"));
        builder.Property(c => c.Number).HasMaxLength(40);
        builder.Property(c => c.VerificationCode).HasMaxLength(64);
        builder.Property(c => c.HolderName).HasMaxLength(50);
        builder.Property(c => c.CourseTitle).HasMaxLength(100);
        builder.Property(c => c.Title).HasMaxLength(100);
        builder.Property(c => c.UnionName).HasMaxLength(100);
        builder.Property(c => c.RevokeReason).HasMaxLength(200);
        builder.Property(c => c.Hours).HasPrecision(6, 1);
        builder.HasOne<TrainingEnrolment>().WithMany().HasForeignKey(c => c.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(c => c.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.EnrolmentId).IsUnique();
        builder.HasIndex(c => c.VerificationCode).IsUnique();
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => new { c.UnionId, c.Year, c.Serial }).IsUnique();
        builder.HasIndex(c => c.UserId);
    }
}

internal sealed class CertificateSequenceConfiguration : IEntityTypeConfiguration<CertificateSequence>
{
    public void Configure(EntityTypeBuilder<CertificateSequence> builder)
    {
        builder.ToTable("CertificateSequences", t => t.HasComment("结业证书编号（每个发证工会每年一个序列）"));
        builder.HasKey(s => new { s.UnionId, s.Year });
        builder.HasOne<Union>().WithMany().HasForeignKey(s => s.UnionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JobPostingConfiguration : IEntityTypeConfiguration<JobPosting>
{
    public void Configure(EntityTypeBuilder<JobPosting> builder)
    {
        builder.ToTable("JobPostings", t =>
        {
            t.HasComment("招聘岗位（就业推荐）");
            t.HasCheckConstraint("CK_JobPostings_Hired", "\"Hired\" >= 0 AND \"Hired\" <= \"Openings\"");
        });
        builder.Property(p => p.Employer).HasMaxLength(100);
        builder.Property(p => p.Title).HasMaxLength(100);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.Property(p => p.TownshipCode).HasMaxLength(12);
        builder.Property(p => p.WageText).HasMaxLength(50);
        builder.Property(p => p.ContactName).HasMaxLength(20);
        builder.Property(p => p.ContactPhone).HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<int>();
        builder.HasOne<Union>().WithMany().HasForeignKey(p => p.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.TownshipCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.UnionId, p.Status });
        builder.HasIndex(p => new { p.Status, p.ValidUntil });
    }
}

internal sealed class JobReferralConfiguration : IEntityTypeConfiguration<JobReferral>
{
    public void Configure(EntityTypeBuilder<JobReferral> builder)
    {
        builder.ToTable("JobReferrals", t => t.HasComment("就业推荐（学员推荐到岗位）"));
        builder.Property(r => r.Status).HasConversion<int>();
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(r => r.PostingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TrainingEnrolment>().WithMany().HasForeignKey(r => r.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PostingId, r.UserId }).IsUnique();
        builder.HasIndex(r => r.UserId);
        builder.HasIndex(r => r.EnrolmentId);
    }
}

internal sealed class JobReferralStepConfiguration : IEntityTypeConfiguration<JobReferralStep>
{
    public void Configure(EntityTypeBuilder<JobReferralStep> builder)
    {
        builder.ToTable("JobReferralSteps", t => t.HasComment("就业推荐状态变更记录"));
        builder.Property(s => s.Status).HasConversion<int>();
        builder.Property(s => s.ByName).HasMaxLength(50);
        builder.Property(s => s.Note).HasMaxLength(200);
        builder.HasOne<JobReferral>().WithMany().HasForeignKey(s => s.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ReferralId);
    }
}
