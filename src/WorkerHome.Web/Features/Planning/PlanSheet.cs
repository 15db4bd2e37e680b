using System.Globalization;
using WorkerHome.Infrastructure.Excel;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Planning;

/// <summary>The plan spreadsheet as staff know it: one row per county, a column per form and rating.</summary>
public static class PlanSheet
{
    public const string TargetsSheet = "建设目标";
    public const string ProgressSheet = "完成进度";

    public static IReadOnlyList<string> Columns(string rowHeader) => [rowHeader, .. GetPlanTable.Columns.Select(c => c.Label)];

    /// <summary>The targets sheet: prefilled with the current targets, and what the import reads back.</summary>
    public static ExcelSheet Targets(PlanTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new ExcelSheet(TargetsSheet, Columns(table.RowHeader),
            table.Rows.Select(r => (IReadOnlyList<object?>)[r.UnionName, .. r.Cells.Select(c => (object?)c.Target)]));
    }

    /// <summary>Progress in long form, one line per county and column, with each county's and the plan's total.</summary>
    public static ExcelSheet Progress(PlanTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        IReadOnlyList<object?> Line(string row, string form, string rating, PlanCell cell) =>
            [row, form, rating, cell.Target, cell.Listed, cell.Selected, cell.Accepted, Percent(cell.Completion)];
        var lines = new List<IReadOnlyList<object?>>();
        foreach (var row in table.Rows)
        {
            lines.AddRange(row.Cells.Select((cell, i) => (table.Columns[i], cell))
                .Where(x => x.cell.Target > 0 || x.cell.Listed > 0)
                .Select(x => Line(row.UnionName, x.Item1.Form.Chinese(), x.Item1.Rating.Chinese(), x.cell)));
            lines.Add(Line(row.UnionName, "小计", "", row.Total));
        }
        lines.Add(Line("合计", "", "", table.Total));
        return new ExcelSheet(ProgressSheet, [table.RowHeader, "形态", "级别", "目标", "已申报", "已立项", "已验收", "完成率"], lines);
    }

    public static string Percent(double? completion) =>
        completion is { } c ? (c * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—";
}
