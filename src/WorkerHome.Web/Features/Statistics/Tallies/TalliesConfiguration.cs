using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkerHome.Features.Sessions;

namespace WorkerHome.Features.Statistics.Tallies;

internal sealed class SessionTallyConfiguration : IEntityTypeConfiguration<SessionTally>
{
    public void Configure(EntityTypeBuilder<SessionTally> builder)
    {
        builder.ToTable("StatSessionTallies", t => t.HasComment("统计：每个场次的签到、到场、评价计数（与签到、评价同一事务写入）"));
        builder.HasKey(t => t.SessionId);
        builder.HasOne<Session>().WithOne().HasForeignKey<SessionTally>(t => t.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NeedTallyConfiguration : IEntityTypeConfiguration<NeedTally>
{
    public void Configure(EntityTypeBuilder<NeedTally> builder)
    {
        builder.ToTable("StatNeedTallies", t => t.HasComment("统计：每个工会每月收到的需求数（与需求同一事务写入）"));
        builder.HasKey(t => new { t.UnionId, t.Month });
    }
}

internal sealed class VisitorMonthConfiguration : IEntityTypeConfiguration<VisitorMonth>
{
    public void Configure(EntityTypeBuilder<VisitorMonth> builder)
    {
        builder.ToTable("StatVisitorMonths", t => t.HasComment("统计：某工会（含下级）某月服务过的职工，每人每月每个上级工会一行"));
        builder.HasKey(v => new { v.UnionId, v.Month, v.UserId });
        builder.HasIndex(v => new { v.UserId, v.Month });
    }
}

internal sealed class VisitorYearConfiguration : IEntityTypeConfiguration<VisitorYear>
{
    public void Configure(EntityTypeBuilder<VisitorYear> builder)
    {
        builder.ToTable("StatVisitorYears", t => t.HasComment("统计：某工会（含下级）某年服务过的职工及其当年首次被服务的月份"));
        builder.HasKey(v => new { v.UnionId, v.Year, v.UserId });
        builder.HasIndex(v => new { v.UnionId, v.Year, v.FirstMonth });
    }
}

internal sealed class VisitorTallyConfiguration : IEntityTypeConfiguration<VisitorTally>
{
    public void Configure(EntityTypeBuilder<VisitorTally> builder)
    {
        builder.ToTable("StatVisitorTallies", t => t.HasComment("统计：某工会（含下级）某月服务过的职工人数及当年首次被服务的人数（与职工的月、年行同一事务写入）"));
        builder.HasKey(v => new { v.UnionId, v.Month });
    }
}

internal sealed class CellTallyConfiguration : IEntityTypeConfiguration<CellTally>
{
    public void Configure(EntityTypeBuilder<CellTally> builder)
    {
        builder.ToTable("StatCellTallies", t => t.HasComment("统计：某工会、某阵地（0 为线上）、某月所有未取消场次的签到、到场、评价计数之和（与场次计数同一事务写入），及已结束并封存场次的确认座位数"));
        builder.HasKey(c => new { c.UnionId, c.Month, c.SiteKey });
    }
}
