using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Infrastructure.Excel;

/// <summary>A sheet to write: a name, its columns in order, and the rows.</summary>
public sealed record ExcelSheet(string Name, IReadOnlyList<string> Columns, IEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>A data row read from a sheet: its row number as Excel shows it (header = 1) and its cells as text.</summary>
public sealed record ExcelRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] => Cells.TryGetValue(column, out var value) ? value : "";
}

/// <summary>Reading and writing .xlsx with MiniExcel: Chinese headers, text cells, limits on size and rows.</summary>
public static class ExcelFiles
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const long MaxUploadBytes = 5 * 1024 * 1024;

    private static readonly AppProblem Invalid = new("excel_invalid", "无法读取该 Excel 文件", 400);

    public static byte[] Write(params ExcelSheet[] sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var workbook = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            var rows = sheet.Rows.Select(row =>
            {
                var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < sheet.Columns.Count; i++)
                {
                    cells[sheet.Columns[i]] = i < row.Count ? row[i] : null;
                }
                return cells;
            }).ToList();
            if (rows.Count == 0)
            {
                rows.Add(sheet.Columns.ToDictionary(c => c, _ => (object?)null, StringComparer.Ordinal));
            }
            workbook[sheet.Name] = rows;
        }
        using var stream = new MemoryStream();
        stream.SaveAs(workbook, configuration: new OpenXmlConfiguration { FastMode = true, EnableAutoWidth = true, FreezeRowCount = 1, AutoFilter = false });
        return stream.ToArray();
    }

    /// <summary>Reads the first sheet. Checks it is really .xlsx, within size, has the columns and at most <paramref name="maxRows"/> rows.</summary>
    public static async Task<Outcome<IReadOnlyList<ExcelRow>>> ReadAsync(Stream upload, IReadOnlyList<string> requiredColumns, int maxRows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(requiredColumns);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxUploadBytes)
            {
                return Invalid.WithError("file", $"文件不能超过 {MaxUploadBytes / 1024 / 1024} MB");
            }
            buffer.Write(chunk, 0, read);
        }
        var bytes = buffer.GetBuffer();
        if (buffer.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4)
        {
            return Invalid.WithError("file", "请上传 .xlsx 格式的 Excel 文件");
        }
        buffer.Position = 0;
        try
        {
            var rows = new List<ExcelRow>();
            var number = 1;
            string[]? header = null;
            foreach (IDictionary<string, object?> raw in buffer.Query(useHeaderRow: true))
            {
                number++;
                header ??= [.. raw.Keys];
                var cells = raw.ToDictionary(kv => kv.Key.Trim(), kv => Text(kv.Value), StringComparer.Ordinal);
                if (cells.Values.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }
                if (rows.Count >= maxRows)
                {
                    return Invalid.WithError("file", $"一次最多导入 {maxRows} 行");
                }
                rows.Add(new ExcelRow(number, cells));
            }
            var missing = requiredColumns.Where(c => header is null || !header.Any(h => h.Trim() == c)).ToList();
            if (header is not null && missing.Count > 0)
            {
                return Invalid.WithError("file", "缺少列：" + string.Join("、", missing) + "。请使用下载的模板");
            }
            if (rows.Count == 0)
            {
                return Invalid.WithError("file", "文件中没有数据行");
            }
            return rows;
        }
#pragma warning disable CA1031 // A malformed workbook can fail in many ways inside the parser; all mean "cannot read".
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return Invalid.WithError("file", "文件已损坏或不是有效的 Excel 工作簿");
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double n => n.ToString("0.##########", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };
}
