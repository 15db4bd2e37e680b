using WorkerHome.Infrastructure.Excel;
using WorkerHome.Infrastructure.Money;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Funding;

/// <summary>The funding report as an Excel workbook: one sheet per grouping (按县区, 按级别, 按来源), amounts in 元.</summary>
public sealed class ExportFundingReport(GetFundingReport report)
{
    private static readonly string[] Amounts = ["项目数", "批准金额（元）", "已拨付（元）", "未拨付（元）"];

    public async Task<Outcome<byte[]>> HandleAsync(int? year, CancellationToken ct)
    {
        var sheets = new List<ExcelSheet>();
        foreach (var by in GetFundingReport.Groupings)
        {
            var outcome = await report.HandleAsync(year, by, ct);
            if (!outcome.Succeeded)
            {
                return outcome.Problem;
            }
            var value = outcome.Value;
            var rows = value.Rows.Append(value.Total).Select(r => (IReadOnlyList<object?>)
                [r.Name, r.Projects, Yuan.ToYuan(r.ApprovedFen), Yuan.ToYuan(r.PaidFen), Yuan.ToYuan(r.RemainingFen)]);
            sheets.Add(new ExcelSheet($"{value.Year}年{GetFundingReport.GroupingName(by)}", [GetFundingReport.KeyHeading(by), .. Amounts], rows.ToList()));
        }
        return ExcelFiles.Write([.. sheets]);
    }
}
