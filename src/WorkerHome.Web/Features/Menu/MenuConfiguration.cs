using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Account;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Menu;

internal sealed class ServiceMenuConfiguration : IEntityTypeConfiguration<ServiceMenu>
{
    public void Configure(EntityTypeBuilder<ServiceMenu> builder)
    {
        builder.ToTable("Menus", t =>
        {
            t.HasComment("工会亮单：某工会某时期的服务菜单");
            t.HasCheckConstraint("CK_Menus_Period", "\"PeriodEnd\" >= \"PeriodStart\"");
        });
        builder.Property(m => m.Title).HasMaxLength(100);
        builder.Property(m => m.Status).HasConversion<int>();
        builder.HasOne<Union>().WithMany().HasForeignKey(m => m.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.UnionId, m.Status, m.PeriodStart });
    }
}

internal sealed class MenuItemConfiguration : IEntityTypeConfiguration<MenuItem>
{
    public void Configure(EntityTypeBuilder<MenuItem> builder)
    {
        builder.ToTable("MenuItems", t =>
        {
            t.HasComment("菜单上的服务项目");
            t.HasCheckConstraint("CK_MenuItems_ClassSize", "\"ClassSize\" BETWEEN 1 AND 500");
            t.HasCheckConstraint("CK_MenuItems_InterestCount", "\"InterestCount\" >= 0");
        });
        builder.Property(i => i.Title).HasMaxLength(100);
        builder.Property(i => i.Description).HasMaxLength(2000);
        builder.Property(i => i.TargetGroup).HasMaxLength(100);
        builder.Property(i => i.Category).HasConversion<int>();
        builder.Property(i => i.Mode).HasConversion<int>();
        builder.Property(i => i.Scale).HasConversion<int>();
        builder.Property(i => i.Channel).HasConversion<int>();
        builder.Property(i => i.ProviderType).HasConversion<int>();
        builder.HasOne<ServiceMenu>().WithMany().HasForeignKey(i => i.MenuId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Union>().WithMany().HasForeignKey(i => i.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<NeedGroup>().WithMany().HasForeignKey(i => i.GroupId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => new { i.MenuId, i.Category });
    }
}

internal sealed class MenuItemNeedConfiguration : IEntityTypeConfiguration<MenuItemNeed>
{
    public void Configure(EntityTypeBuilder<MenuItemNeed> builder)
    {
        builder.ToTable("MenuItemNeeds", t => t.HasComment("服务项目回应的需求"));
        builder.HasKey(l => new { l.MenuItemId, l.NeedId });
        builder.HasOne<MenuItem>().WithMany().HasForeignKey(l => l.MenuItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Need>().WithMany().HasForeignKey(l => l.NeedId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.NeedId);
    }
}

internal sealed class ItemInterestConfiguration : IEntityTypeConfiguration<ItemInterest>
{
    public void Configure(EntityTypeBuilder<ItemInterest> builder)
    {
        builder.ToTable("ItemInterests", t => t.HasComment("尚未排期项目的点单意向，每人每项一次"));
        builder.HasKey(i => new { i.MenuItemId, i.UserId });
        builder.HasOne<MenuItem>().WithMany().HasForeignKey(i => i.MenuItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
