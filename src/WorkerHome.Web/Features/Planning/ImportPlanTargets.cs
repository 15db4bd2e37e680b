using System.Globalization;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Excel;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Planning;

/// <summary>A target the import would change.</summary>
/// <param name="Row">Row number as Excel shows it.</param>
/// <param name="UnionName">The county (or township).</param>
/// <param name="Column">"主体·省级".</param>
/// <param name="From">The target now.</param>
/// <param name="To">The target in the file.</param>
public sealed record PlanTargetChange(int Row, string UnionName, string Column, int From, int To);

/// <summary>The result of checking (and, unless a dry run, importing) a plan's targets file.</summary>
/// <param name="TotalRows">Data rows read.</param>
/// <param name="ValidRows">Rows without errors.</param>
/// <param name="DryRun">Whether this was only a check.</param>
/// <param name="Imported">Whether the targets were saved.</param>
/// <param name="Changes">The targets that change.</param>
/// <param name="Errors">What is wrong, by row and column.</param>
public sealed record PlanImportReport(int TotalRows, int ValidRows, bool DryRun, bool Imported, IReadOnlyList<PlanTargetChange> Changes,
    IReadOnlyList<ImportRowError> Errors);

/// <summary>
/// Reads the plan spreadsheet back: every row checked (a county of this plan, once; whole numbers 0–1000), and
/// then either nothing is saved (a dry run, or any error) or every row's targets are, together.
/// </summary>
public sealed class ImportPlanTargets(WorkerHome.Data.AppDbContext db, PlanAccess access, GetPlanTable table)
{
    public const int MaxRows = 200;

    public async Task<Outcome<PlanImportReport>> HandleAsync(int planId, Stream file, bool dryRun, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        var plan = await access.EditableAsync(planId, ct);
        if (!plan.Succeeded)
        {
            return plan.Problem;
        }
        var current = await table.HandleAsync(planId, ct);
        if (!current.Succeeded)
        {
            return current.Problem;
        }
        var sheet = current.Value;
        var read = await ExcelFiles.ReadAsync(file, PlanSheet.Columns(sheet.RowHeader), MaxRows, ct);
        if (!read.Succeeded)
        {
            return read.Problem;
        }
        var rowsByName = sheet.Rows.ToLookup(r => r.UnionName, StringComparer.Ordinal);
        var firstRowOf = new Dictionary<int, int>();
        var errors = new List<ImportRowError>();
        var changes = new List<PlanTargetChange>();
        var cells = new List<(int County, SiteForm Form, SiteRating Rating, int Count)>();
        var valid = 0;
        foreach (var line in read.Value)
        {
            var rowErrors = new List<ImportRowError>();
            var name = line[sheet.RowHeader];
            var matches = rowsByName[name].ToList();
            PlanRow? row = null;
            if (name.Length == 0)
            {
                rowErrors.Add(new(line.Number, sheet.RowHeader, "必填"));
            }
            else if (matches.Count != 1)
            {
                rowErrors.Add(new(line.Number, sheet.RowHeader, matches.Count == 0
                    ? $"“{name}”不是本计划的{sheet.RowHeader}，请填写全称" : "有同名工会，请联系管理员区分名称"));
            }
            else if (firstRowOf.TryGetValue(matches[0].UnionId, out var first))
            {
                rowErrors.Add(new(line.Number, sheet.RowHeader, $"与第 {first} 行重复"));
            }
            else
            {
                row = matches[0];
                firstRowOf[row.UnionId] = line.Number;
            }
            var counts = new List<int>();
            foreach (var column in sheet.Columns)
            {
                var text = line[column.Label];
                if (text.Length == 0)
                {
                    counts.Add(0);
                }
                else if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= 1000)
                {
                    counts.Add(count);
                }
                else
                {
                    rowErrors.Add(new(line.Number, column.Label, $"“{text}”不是 0 到 1000 的整数"));
                }
            }
            errors.AddRange(rowErrors);
            if (rowErrors.Count > 0 || row is null)
            {
                continue;
            }
            valid++;
            for (var i = 0; i < sheet.Columns.Count; i++)
            {
                cells.Add((row.UnionId, sheet.Columns[i].Form, sheet.Columns[i].Rating, counts[i]));
                if (row.Cells[i].Target != counts[i])
                {
                    changes.Add(new(line.Number, row.UnionName, sheet.Columns[i].Label, row.Cells[i].Target, counts[i]));
                }
            }
        }

        var report = new PlanImportReport(read.Value.Count, valid, dryRun, Imported: false, changes, errors);
        if (dryRun)
        {
            return report;
        }
        if (errors.Count > 0)
        {
            return PlanningProblems.ImportRejected with
            {
                Detail = $"共 {report.TotalRows} 行，其中 {report.TotalRows - valid} 行有错误。请修改后重新导入。",
                Errors = errors.GroupBy(e => $"第{e.Row}行").ToDictionary(g => g.Key, g => g.Select(e => $"{e.Column}：{e.Message}").ToArray()),
                Extensions = new Dictionary<string, object?> { ["report"] = report },
            };
        }
        var saved = await SavePlanTargets.ReplaceAsync(db, planId, firstRowOf.Keys.ToList(), cells, ct);
        return saved.Succeeded ? report with { Imported = true } : saved.Problem;
    }
}
