using WorkerHome.Infrastructure.Excel;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Statistics;

/// <summary>The dashboard as an Excel workbook: one sheet per section, Chinese headers, the same figures as the JSON.</summary>
public sealed class ExportDashboard(GetDashboard dashboard)
{
    public async Task<Outcome<(byte[] Content, string FileName)>> HandleAsync(DashboardQuery query, CancellationToken ct)
    {
        var outcome = await dashboard.HandleAsync(query, ct);
        if (!outcome.Succeeded)
        {
            return outcome.Problem;
        }
        var f = outcome.Value;
        return (Write(f), $"统计分析-{f.Node.Name}-{f.From}至{f.To}.xlsx");
    }

    public static byte[] Write(DashboardFigures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        static IReadOnlyList<object?> R(params object?[] cells) => cells;
        static IEnumerable<IReadOnlyList<object?>> Slices(string group, IEnumerable<Counted> slices) => slices.Select(s => R(group, s.Name, s.Count));
        var sites = Slices("形态", f.Sites.ByForm).Concat(Slices("星级", f.Sites.ByRating)).Concat(Slices("状态", f.Sites.ByStatus))
            .Concat(Slices("县区", f.Sites.ByCounty)).Append(R("合计", "全部阵地", f.Sites.Total));
        var coverage = f.Coverage is { } c
            ? [R("覆盖半径（公里）", c.ThresholdKm), R("乡镇（街道）数", c.Townships), R("已覆盖", c.Covered), R("覆盖率（%）", c.Percent), R("职工数", c.Workers), R("已覆盖职工", c.WorkersCovered)]
            : new[] { R("覆盖率", "该工会未关联行政区划") };
        var p = f.People;
        var s = f.Satisfaction;
        var v = f.Volunteers;
        var b = f.Bookings;
        var k = f.Counselling;
        var t = f.Training;
        var a = f.Aid;
        var services = new[]
        {
            R("服务职工（人）", p.UniqueWorkers), R("服务人次", p.Visits), R("活动签到", p.SessionCheckIns), R("其中现场加入", p.WalkIns), R("场地签到", p.BookingCheckIns),
            R("评价份数", s.Feedbacks), R("星级评分项", s.Ratings), R("平均星级", s.AverageStars), R("满意率（%）", s.SatisfiedPercent), R("低分评价", s.Low),
            R("志愿服务场次", v.Sessions), R("志愿者人数", v.Volunteers), R("志愿服务时长（小时）", v.Hours),
            R("场地预约", b.Booked), R("场地签到", b.CheckedIn), R("场地爽约释放", b.NoShows), R("场地取消", b.Cancelled),
            R("心理咨询预约", k.Booked), R("心理咨询完成", k.Completed), R("心理咨询未到", k.NoShows), R("心理咨询取消", k.Cancelled),
            R("培训报名", t.Enrolments), R("结业证书", t.Certificates), R("就业推荐", t.Referrals), R("推荐录用", t.Hired),
        };
        var rights = new[] { R("受理", f.Rights.Opened), R("办结", f.Rights.Closed), R("未办结（当前）", f.Rights.Open) }
            .Concat(f.Rights.ByOutcome.Select(o => R("办结结果：" + o.Name, o.Count)));
        var aid = new[] { R("申请", a.Applications), R("批准", a.Approved), R("未通过", a.Rejected), R("批准金额（元）", a.ApprovedFen / 100m),
            R("发放笔数", a.Paid), R("发放金额（元）", a.PaidFen / 100m) };
        var construction = f.Construction is { } x
            ? [R("年度", x.Year), R("范围", x.Scope), R("建设计划", x.PlanTitle), R("目标数", x.Target), R("已验收", x.Accepted), R("计入完成", x.Counted), R("完成率（%）", x.CompletionPercent)]
            : new[] { R("建设计划", "市级及以下工会才有建设计划完成情况") };
        return ExcelFiles.Write(
            new ExcelSheet("下级与阵地", ["名称", "阵地数", "需求", "预约", "到场", "评价", "平均星级"],
                f.Children.Select(r => R(r.Name, r.Sites, r.Needs, r.Orders, r.Delivered, r.Rated, r.AverageStars))),
            new ExcelSheet("阵地", ["分类", "项目", "数量"], sites),
            new ExcelSheet("覆盖", ["指标", "数值"], coverage),
            new ExcelSheet("服务漏斗", ["环节", "数量", "转化率（%）"], f.Funnel.Select(step => R(step.Name, step.Count, step.ConversionPercent))),
            new ExcelSheet("服务与满意度", ["指标", "数值"], services),
            new ExcelSheet("维权", ["指标", "数值"], rights),
            new ExcelSheet("帮扶", ["指标", "数值"], aid),
            new ExcelSheet("建设计划", ["指标", "数值"], construction),
            new ExcelSheet("月度趋势", ["月份", "需求", "预约", "到场", "评价", "平均星级"],
                f.Months.Select(m => R(m.Month, m.Needs, m.Orders, m.Delivered, m.Rated, m.AverageStars))));
    }
}
