using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Regions;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Sites;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.ToTable("Sites", t =>
        {
            t.HasComment("职工之家阵地");
            t.HasCheckConstraint("CK_Sites_Latitude", "\"Latitude\" BETWEEN -90 AND 90");
            t.HasCheckConstraint("CK_Sites_Longitude", "\"Longitude\" BETWEEN -180 AND 180");
        });
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.HostOrganization).HasMaxLength(100);
        builder.Property(s => s.RegionCode).HasMaxLength(12);
        builder.Property(s => s.Address).HasMaxLength(200);
        builder.Property(s => s.ContactName).HasMaxLength(20);
        builder.Property(s => s.ContactPhone).HasMaxLength(20);
        builder.Property(s => s.Description).HasMaxLength(1000);
        builder.Property(s => s.HostProject).HasMaxLength(100);
        builder.Property(s => s.Form).HasConversion<int>();
        builder.Property(s => s.Rating).HasConversion<int>();
        builder.Property(s => s.Status).HasConversion<int>();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.FunctionAreaIds);
        builder.Property(s => s.Amenities);

        builder.HasOne<Union>().WithMany().HasForeignKey(s => s.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.UnionId);
        builder.HasIndex(s => s.RegionCode);
        builder.HasIndex(s => new { s.Status, s.Form });
        builder.HasIndex(s => new { s.Latitude, s.Longitude });
        builder.HasIndex(s => new { s.UnionId, s.Name }).IsUnique().HasFilter("\"DeletedAt\" IS NULL");

        builder.OwnsMany(s => s.OpeningHours, hours =>
        {
            hours.ToTable("SiteOpeningHours", t => t.HasComment("阵地每周开放时间"));
            hours.WithOwner().HasForeignKey("SiteId");
            hours.Property<int>("Id");
            hours.HasKey("Id");
            hours.HasIndex("SiteId", nameof(OpeningPeriod.Day));
        });
        builder.OwnsMany(s => s.SpecialDays, exceptions =>
        {
            exceptions.ToTable("SiteSpecialDays", t => t.HasComment("阵地特殊日期（节假日闭馆、临时调整）"));
            exceptions.WithOwner().HasForeignKey("SiteId");
            exceptions.Property<int>("Id");
            exceptions.HasKey("Id");
            exceptions.Property(e => e.Note).HasMaxLength(100);
            exceptions.HasIndex("SiteId", nameof(SpecialDay.Date));
        });
    }
}
