using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Account;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Membership;

internal sealed class MembershipApplicationConfiguration : IEntityTypeConfiguration<MembershipApplication>
{
    public void Configure(EntityTypeBuilder<MembershipApplication> builder)
    {
        builder.ToTable("MembershipApplications", t => t.HasComment("入会申请"));
        builder.Property(a => a.RealName).HasMaxLength(50);
        builder.Property(a => a.IdCipher).HasMaxLength(200);
        builder.Property(a => a.IdLookup).HasMaxLength(64);
        builder.Property(a => a.IdMasked).HasMaxLength(20);
        builder.Property(a => a.PhoneCipher).HasMaxLength(200);
        builder.Property(a => a.PhoneMasked).HasMaxLength(20);
        builder.Property(a => a.Employer).HasMaxLength(100);
        builder.Property(a => a.ConsentVersion).HasMaxLength(40);
        builder.Property(a => a.RejectReason).HasMaxLength(200);
        builder.Property(a => a.Status).HasConversion<int>();
        builder.Property(a => a.WorkKind).HasConversion<int>();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(a => a.UnionId).OnDelete(DeleteBehavior.Restrict);
        // One open application per worker, and per ID number, whatever the number of requests at once.
        builder.HasIndex(a => a.UserId).IsUnique().HasFilter("\"Status\" = 0");
        builder.HasIndex(a => a.IdLookup).IsUnique().HasFilter("\"Status\" = 0");
        builder.HasIndex(a => new { a.UnionId, a.Status, a.DueOn });
    }
}

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("Members", t => t.HasComment("工会会员"));
        builder.Property(m => m.MemberNumber).HasMaxLength(40);
        builder.Property(m => m.RealName).HasMaxLength(50);
        builder.Property(m => m.IdCipher).HasMaxLength(200);
        builder.Property(m => m.IdLookup).HasMaxLength(64);
        builder.Property(m => m.IdMasked).HasMaxLength(20);
        builder.Property(m => m.PhoneMasked).HasMaxLength(20);
        builder.Property(m => m.Employer).HasMaxLength(100);
        builder.Property(m => m.VerificationCode).HasMaxLength(64);
        builder.Property(m => m.WorkKind).HasConversion<int>();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(m => m.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MembershipApplication>().WithMany().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.UserId).IsUnique();
        builder.HasIndex(m => m.MemberNumber).IsUnique();
        builder.HasIndex(m => m.IdLookup).IsUnique();
        builder.HasIndex(m => m.VerificationCode).IsUnique();
        builder.HasIndex(m => m.ApplicationId).IsUnique();
        builder.HasIndex(m => new { m.NumberUnionId, m.Year, m.Serial }).IsUnique();
        builder.HasIndex(m => m.UnionId);
    }
}

internal sealed class MemberTransferConfiguration : IEntityTypeConfiguration<MemberTransfer>
{
    public void Configure(EntityTypeBuilder<MemberTransfer> builder)
    {
        builder.ToTable("MemberTransfers", t => t.HasComment("会员转会记录"));
        builder.Property(t => t.FromUnionName).HasMaxLength(100);
        builder.Property(t => t.ToUnionName).HasMaxLength(100);
        builder.Property(t => t.ByName).HasMaxLength(100);
        builder.Property(t => t.Reason).HasMaxLength(200);
        builder.HasOne<Member>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Union>().WithMany().HasForeignKey(t => t.FromUnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(t => t.ToUnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.MemberId, t.At });
    }
}

internal sealed class MemberSequenceConfiguration : IEntityTypeConfiguration<MemberSequence>
{
    public void Configure(EntityTypeBuilder<MemberSequence> builder)
    {
        builder.ToTable("MemberSequences", t => t.HasComment("会员编号（每个工会每年一个序列）"));
        builder.HasKey(s => new { s.UnionId, s.Year });
        builder.HasOne<Union>().WithMany().HasForeignKey(s => s.UnionId).OnDelete(DeleteBehavior.Cascade);
    }
}
