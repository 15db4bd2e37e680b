using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Regions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Excel;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Sites;

/// <summary>What is wrong with one cell of the import file.</summary>
/// <param name="Row">Row number as Excel shows it (the header is row 1).</param>
/// <param name="Column">Column header.</param>
/// <param name="Message">What to fix, in Chinese.</param>
public sealed record ImportRowError(int Row, string Column, string Message);

/// <summary>The result of checking (and, unless a dry run, importing) a site file.</summary>
/// <param name="TotalRows">Data rows read.</param>
/// <param name="ValidRows">Rows without errors.</param>
/// <param name="Imported">Sites saved (0 for a dry run or when any row is bad).</param>
/// <param name="DryRun">Whether this was only a check.</param>
/// <param name="Errors">Every problem found, by row and column.</param>
public sealed record ImportReport(int TotalRows, int ValidRows, int Imported, bool DryRun, IReadOnlyList<ImportRowError> Errors);

/// <summary>
/// Imports sites from the Excel template. A dry run lists every bad row with its reason; a real import saves
/// all rows in one transaction or, if any row is bad, nothing at all.
/// </summary>
public sealed class ImportSites(AppDbContext db, SiteRules rules, DataScope scope, TimeProvider time)
{
    public const int MaxRows = 2_000;
    private const string ExamplePrefix = "示例：";

    public async Task<Outcome<ImportReport>> HandleAsync(Stream file, bool dryRun, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        var access = await scope.GetAsync(ct);
        if (!access.IsStaff)
        {
            return CommonProblems.Forbidden;
        }
        var read = await ExcelFiles.ReadAsync(file, SiteSheet.Required, MaxRows, ct);
        if (!read.Succeeded)
        {
            return SitesProblems.ImportFileInvalid with { Errors = read.Problem.Errors };
        }
        var rows = read.Value.Where(r => !r[SiteSheet.Name].StartsWith(ExamplePrefix, StringComparison.Ordinal)).ToList();
        if (rows.Count == 0)
        {
            return SitesProblems.ImportFileInvalid.WithError("file", "文件中没有数据行（示例行不会导入）");
        }

        // Everything the rows refer to, in a handful of queries whatever the row count.
        var unionNames = rows.Select(r => r[SiteSheet.Union]).Where(n => n.Length > 0).Distinct().ToList();
        var scopedUnionIds = access.UnionIds(db);
        var unions = await db.Unions.AsNoTracking().Where(u => unionNames.Contains(u.Name) && scopedUnionIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var outsideUnions = await db.Unions.AsNoTracking().Where(u => unionNames.Contains(u.Name) && !scopedUnionIds.Contains(u.Id))
            .Select(u => u.Name).Distinct().ToListAsync(ct);
        var townshipNames = rows.Select(r => r[SiteSheet.Township]).Where(n => n.Length > 0).Distinct().ToList();
        var codes = rows.Select(r => r[SiteSheet.RegionCode]).Where(c => c.Length > 0).Distinct().ToList();
        var townships = await db.Regions.AsNoTracking()
            .Where(r => r.Level == RegionLevel.Township && (townshipNames.Contains(r.Name) || codes.Contains(r.Code)))
            .Select(r => new { r.Code, r.Name }).ToListAsync(ct);
        var areaByName = await db.FunctionAreas.AsNoTracking().ToDictionaryAsync(a => a.Name, a => a.Id, StringComparer.Ordinal, ct);
        var references = await rules.LoadReferencesAsync(unions.Select(u => u.Id).ToList(), townships.Select(t => t.Code).ToList(), ct);

        var errors = new List<ImportRowError>();
        var valid = new List<(ExcelRow Row, CheckedSiteInput Input)>();
        foreach (var row in rows)
        {
            var rowErrors = new List<ImportRowError>();
            void Error(string column, string message) => rowErrors.Add(new ImportRowError(row.Number, column, message));

            var input = new SiteInput
            {
                Name = row[SiteSheet.Name],
                HostOrganization = row[SiteSheet.Host],
                Address = row[SiteSheet.Address],
                ContactName = row[SiteSheet.ContactName],
                ContactPhone = NullIfEmpty(row[SiteSheet.ContactPhone]),
                Description = row[SiteSheet.Description],
                HostProject = row[SiteSheet.HostProject],
            };
            input.Form = Parse<SiteForm>(row, SiteSheet.Form, Error);
            input.Rating = Parse<SiteRating>(row, SiteSheet.Rating, Error);
            input.Status = Parse<SiteStatus>(row, SiteSheet.Status, Error);

            var union = unions.Where(u => u.Name == row[SiteSheet.Union]).ToList();
            if (row[SiteSheet.Union].Length == 0)
            {
                Error(SiteSheet.Union, "必填");
            }
            else if (union.Count == 1)
            {
                input.UnionId = union[0].Id;
            }
            else
            {
                Error(SiteSheet.Union, union.Count > 1 ? "有多个同名工会，请联系管理员区分名称"
                    : outsideUnions.Contains(row[SiteSheet.Union]) ? "该工会不在您的管理范围内" : "未找到该工会，请填写全称");
            }

            var code = row[SiteSheet.RegionCode];
            if (code.Length > 0)
            {
                input.RegionCode = code;
            }
            else if (row[SiteSheet.Township].Length > 0)
            {
                var unionRegion = input.UnionId > 0 && references.Unions.TryGetValue(input.UnionId, out var u) ? u.RegionCode : null;
                var candidates = townships.Where(t => t.Name == row[SiteSheet.Township]
                    && (unionRegion is null || RegionCodes.Contains(unionRegion, t.Code))).ToList();
                if (candidates.Count == 1)
                {
                    input.RegionCode = candidates[0].Code;
                }
                else
                {
                    Error(SiteSheet.Township, candidates.Count > 1 ? "有同名乡镇（街道），请填写区划代码" : "在所属工会辖区内未找到该乡镇（街道）");
                }
            }
            else
            {
                Error(SiteSheet.Township, "请填写乡镇（街道）名称或区划代码");
            }

            input.Latitude = ParseNumber(row, SiteSheet.Latitude, Error);
            input.Longitude = ParseNumber(row, SiteSheet.Longitude, Error);
            input.ValidFrom = ParseDate(row, SiteSheet.ValidFrom, Error);
            input.ValidTo = ParseDate(row, SiteSheet.ValidTo, Error);

            foreach (var name in row[SiteSheet.Areas].Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (areaByName.TryGetValue(name, out var id))
                {
                    input.FunctionAreaIds.Add(id);
                }
                else
                {
                    Error(SiteSheet.Areas, $"未找到功能区“{name}”");
                }
            }
            foreach (var name in row[SiteSheet.Amenities].Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (EnumText.TryParse<StationAmenity>(name, out var amenity))
                {
                    input.Amenities.Add(amenity);
                }
                else
                {
                    Error(SiteSheet.Amenities, $"驿站设施应为 {EnumText.ChoicesInChinese<StationAmenity>()}");
                }
            }
            if (OpeningHoursText.TryParse(row[SiteSheet.Hours], out var periods, out var hoursError))
            {
                input.OpeningHours = periods;
            }
            else
            {
                Error(SiteSheet.Hours, hoursError);
            }

            if (rowErrors.Count == 0)
            {
                var checkedInput = SiteRules.Check(input, references);
                if (checkedInput.Succeeded)
                {
                    valid.Add((row, checkedInput.Value));
                }
                else if (checkedInput.Problem.Errors is { } fieldErrors)
                {
                    rowErrors.AddRange(fieldErrors.SelectMany(e => e.Value.Select(m => new ImportRowError(row.Number, SiteSheet.ColumnOf(e.Key), m))));
                }
                else
                {
                    rowErrors.Add(new ImportRowError(row.Number, SiteSheet.Union, checkedInput.Problem.Detail ?? checkedInput.Problem.Title));
                }
            }
            errors.AddRange(rowErrors);
        }

        // Names must be new, within the file and against what is saved.
        var seen = new HashSet<(int, string)>();
        var keys = valid.Select(v => (v.Input.Input.UnionId, v.Input.Input.Name.Trim())).ToList();
        var keyUnionIds = keys.Select(k => k.UnionId).Distinct().ToList();
        var keyNames = keys.Select(k => k.Item2).Distinct().ToList();
        var existing = (await db.Sites.AsNoTracking()
                .Where(s => s.DeletedAt == null && keyUnionIds.Contains(s.UnionId) && keyNames.Contains(s.Name))
                .Select(s => new { s.UnionId, s.Name }).ToListAsync(ct))
            .Select(s => (s.UnionId, s.Name)).ToHashSet();
        foreach (var (row, input) in valid.ToList())
        {
            var key = (input.Input.UnionId, input.Input.Name.Trim());
            if (existing.Contains(key) || !seen.Add(key))
            {
                errors.Add(new ImportRowError(row.Number, SiteSheet.Name, existing.Contains(key) ? "该工会下已有同名阵地" : "与文件中前面的行重名"));
                valid.RemoveAll(v => v.Row == row);
            }
        }

        errors = errors.OrderBy(e => e.Row).ToList();
        var report = new ImportReport(rows.Count, valid.Count, 0, dryRun, errors);
        if (dryRun)
        {
            return report;
        }
        if (errors.Count > 0)
        {
            return SitesProblems.ImportRejected with
            {
                Detail = $"共 {rows.Count} 行，其中 {rows.Count - valid.Count} 行有错误。请修改后重新导入。",
                Errors = errors.GroupBy(e => $"第{e.Row}行").ToDictionary(g => g.Key, g => g.Select(e => $"{e.Column}：{e.Message}").ToArray()),
                Extensions = new Dictionary<string, object?> { ["report"] = report },
            };
        }

        return await db.InTransactionAsync<ImportReport>(async token =>
        {
            var now = time.GetUtcNow();
            foreach (var (_, input) in valid)
            {
                var site = new Site { CreatedAt = now, UpdatedAt = now, Version = 1 };
                input.ApplyTo(site);
                db.Sites.Add(site);
            }
            try
            {
                await db.SaveChangesAsync(token);
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                return SitesProblems.NameTaken.WithDetail("导入期间有同名阵地被他人添加，未导入任何数据，请重新导入");
            }
            return report with { Imported = valid.Count };
        }, ct);
    }

    private static T? Parse<T>(ExcelRow row, string column, Action<string, string> error) where T : struct, Enum
    {
        var text = row[column];
        if (text.Length == 0)
        {
            error(column, "必填");
            return null;
        }
        if (EnumText.TryParse<T>(text, out var value))
        {
            return value;
        }
        error(column, $"应为 {EnumText.ChoicesInChinese<T>()}");
        return null;
    }

    private static double? ParseNumber(ExcelRow row, string column, Action<string, string> error)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            error(column, "必填");
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }
        error(column, $"“{text}”不是数字");
        return null;
    }

    private static DateOnly? ParseDate(ExcelRow row, string column, Action<string, string> error)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy年M月d日"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        error(column, "日期格式应为 2026-03-01");
        return null;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
