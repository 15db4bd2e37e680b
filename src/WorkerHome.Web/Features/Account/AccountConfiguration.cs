using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Account;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(50);
        builder.Property(u => u.PhoneCipher).HasMaxLength(200);
        builder.Property(u => u.PhoneLookup).HasMaxLength(64);
        builder.Property(u => u.PhoneMasked).HasMaxLength(16);
        builder.HasIndex(u => u.PhoneLookup).IsUnique();
        builder.HasIndex(u => u.HomeUnionId);
        builder.HasOne<Union>().WithMany().HasForeignKey(u => u.HomeUnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(u => u.Grants).WithOne().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> builder)
    {
        builder.ToTable("RoleGrants", t => t.HasComment("按工会节点授予的角色"));
        builder.Property(g => g.Role).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(g => new { g.UserId, g.Role, g.UnionId }).IsUnique();
        builder.HasIndex(g => g.UnionId);
        builder.HasOne<Union>().WithMany().HasForeignKey(g => g.UnionId).OnDelete(DeleteBehavior.Restrict);
    }
}
