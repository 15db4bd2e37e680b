using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Account;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.ChildCare;

internal sealed class CareClassConfiguration : IEntityTypeConfiguration<CareClass>
{
    public void Configure(EntityTypeBuilder<CareClass> builder)
    {
        builder.ToTable("CareClasses", t =>
        {
            t.HasComment("幼儿托管班：日期、每日时段、年龄范围、名额与候补上限、报名时间、费用（分）");
            // The place guard: never more enrolled or waiting than the class allows.
            t.HasCheckConstraint("CK_CareClasses_Places", "\"Enrolled\" >= 0 AND \"Enrolled\" <= \"Capacity\" AND \"Waitlisted\" >= 0 AND \"Waitlisted\" <= \"WaitlistLimit\"");
            t.HasCheckConstraint("CK_CareClasses_Ranges", "\"FirstDay\" <= \"LastDay\" AND \"DailyFrom\" < \"DailyTo\" AND \"MinAge\" <= \"MaxAge\" AND \"FeeFen\" >= 0");
        });
        builder.Property(c => c.Title).HasMaxLength(80);
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.Property(c => c.Status).HasConversion<int>();
        builder.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(c => c.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.SiteId, c.Status });
        builder.HasIndex(c => c.UnionId);
    }
}

internal sealed class CareEnrolmentConfiguration : IEntityTypeConfiguration<CareEnrolment>
{
    public void Configure(EntityTypeBuilder<CareEnrolment> builder)
    {
        builder.ToTable("CareEnrolments", t => t.HasComment("幼儿托管报名：监护人、幼儿、同意书版本；电话与健康备注加密保存"));
        builder.Property(e => e.ChildName).HasMaxLength(20);
        builder.Property(e => e.GuardianPhoneCipher).HasMaxLength(200);
        builder.Property(e => e.GuardianPhoneMasked).HasMaxLength(20);
        builder.Property(e => e.HealthNotesCipher).HasMaxLength(2000);
        builder.Property(e => e.ConsentVersion).HasMaxLength(20);
        builder.Property(e => e.EndReason).HasMaxLength(200);
        builder.Property(e => e.Status).HasConversion<int>();
        builder.HasOne<CareClass>().WithMany().HasForeignKey(e => e.ClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.GuardianId).OnDelete(DeleteBehavior.Restrict);
        // The same child once per class, while the enrolment stands (a withdrawn child may enrol again).
        builder.HasIndex(e => new { e.ClassId, e.GuardianId, e.ChildName, e.ChildBirthDate }).IsUnique().HasFilter("\"Status\" IN (1, 2)");
        builder.HasIndex(e => new { e.ClassId, e.Status, e.Id });
        builder.HasIndex(e => e.GuardianId);
    }
}

internal sealed class NursingRoomConfiguration : IEntityTypeConfiguration<NursingRoom>
{
    public void Configure(EntityTypeBuilder<NursingRoom> builder)
    {
        builder.ToTable("NursingRooms", t =>
        {
            t.HasComment("妈咪宝贝屋：位置、位数、设施、开放时间（空为随阵地开放）");
            t.HasCheckConstraint("CK_NursingRooms_Places", "\"Places\" >= 1 AND \"InUse\" >= 0 AND \"InUse\" <= \"Places\"");
            t.HasCheckConstraint("CK_NursingRooms_Hours", "(\"OpensAt\" IS NULL) = (\"ClosesAt\" IS NULL) AND (\"OpensAt\" IS NULL OR \"OpensAt\" < \"ClosesAt\")");
        });
        builder.Property(r => r.Name).HasMaxLength(40);
        builder.Property(r => r.Location).HasMaxLength(80);
        builder.Property(r => r.Notes).HasMaxLength(500);
        builder.Property(r => r.Amenities).HasConversion<int>();
        builder.HasOne<Site>().WithMany().HasForeignKey(r => r.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Union>().WithMany().HasForeignKey(r => r.UnionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.SiteId, r.Name }).IsUnique();
        builder.HasIndex(r => r.UnionId);
    }
}

internal sealed class NursingRoomUseConfiguration : IEntityTypeConfiguration<NursingRoomUse>
{
    public void Configure(EntityTypeBuilder<NursingRoomUse> builder)
    {
        builder.ToTable("NursingRoomUses", t => t.HasComment("妈咪宝贝屋使用记录（不显示姓名；到时自动释放）"));
        builder.HasOne<NursingRoom>().WithMany().HasForeignKey(u => u.RoomId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(u => u.UserId).OnDelete(DeleteBehavior.Cascade);
        // One place per mother and room at a time.
        builder.HasIndex(u => new { u.RoomId, u.UserId }).IsUnique().HasFilter("\"ReleasedAt\" IS NULL");
        builder.HasIndex(u => new { u.RoomId, u.StartedAt });
    }
}
