using WorkerHome.Infrastructure.Excel;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Planning;

/// <summary>The township coverage table as Excel.</summary>
public sealed class ExportCoverage(ListTownshipCoverage coverage)
{
    public async Task<Outcome<byte[]>> HandleAsync(string? county, double? thresholdKm, CancellationToken ct)
    {
        var report = await coverage.HandleAsync(county, thresholdKm, ct);
        if (!report.Succeeded)
        {
            return report.Problem;
        }
        var rows = report.Value.Townships.Select(t => (IReadOnlyList<object?>)
        [
            t.CountyName, t.Code, t.Name, t.Workers, t.Covered ? "已覆盖" : "未覆盖", t.NearestSiteName, t.DistanceKm,
            t.Latitude, t.Longitude, t.PointSourceName, t.ProfileSource,
        ]);
        return ExcelFiles.Write(new ExcelSheet("覆盖分析",
            ["县区", "区划代码", "乡镇（街道）", "职工人数", "覆盖情况", "最近的共享阵地", "距离（公里）", "纬度", "经度", "坐标来源", "数据来源"], rows));
    }
}
