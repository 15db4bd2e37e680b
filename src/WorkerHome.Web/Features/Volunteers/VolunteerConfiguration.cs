using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Account;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Volunteers;

internal sealed class VolunteerConfiguration : IEntityTypeConfiguration<Volunteer>
{
    public void Configure(EntityTypeBuilder<Volunteer> builder)
    {
        builder.ToTable("Volunteers", t =>
        {
            t.HasComment("志愿者（律师、法官、心理咨询师、培训师等）");
            t.HasCheckConstraint("CK_Volunteers_Load", "\"MaxSessionsPerMonth\" BETWEEN 1 AND 31");
        });
        builder.Property(v => v.CertificateNumber).HasMaxLength(40);
        builder.Property(v => v.Organization).HasMaxLength(100);
        builder.Property(v => v.Introduction).HasMaxLength(Volunteer.MaxIntroductionLength);
        builder.Property(v => v.ReviewNote).HasMaxLength(200);
        builder.Property(v => v.Qualification).HasConversion<int>();
        builder.Property(v => v.Status).HasConversion<int>();
        builder.Property(v => v.Skills);
        builder.Property(v => v.Tags);
        builder.Property(v => v.RegionCodes);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(v => v.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => v.UserId).IsUnique();
        builder.HasIndex(v => new { v.UnionId, v.Status });
        builder.OwnsMany(v => v.Availability, windows =>
        {
            windows.ToTable("VolunteerAvailability", t =>
            {
                t.HasComment("志愿者每周可服务时段（北京时间）");
                t.HasCheckConstraint("CK_VolunteerAvailability_Window", "\"Day\" BETWEEN 1 AND 7 AND \"FromMinute\" >= 0 AND \"ToMinute\" <= 1440 AND \"FromMinute\" < \"ToMinute\"");
            });
            windows.WithOwner().HasForeignKey("VolunteerId");
            windows.Property<int>("Id");
            windows.HasKey("Id");
            windows.HasIndex("VolunteerId", nameof(AvailabilityWindow.Day));
        });
    }
}
