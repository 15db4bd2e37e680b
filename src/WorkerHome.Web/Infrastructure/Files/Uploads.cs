using System.Security.Cryptography;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Infrastructure.Files;

/// <summary>
/// Checks an upload before it is stored: size, a name, and a type decided by the file's first bytes, not by its
/// name or the browser's claim (a renamed .exe is refused). Accepted: PDF, JPEG, PNG, and Word/Excel (.docx/.xlsx).
/// </summary>
public static class Uploads
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxFileNameLength = 200;

    /// <summary>The file input's <c>accept</c> list, matching what <see cref="ReadAsync"/> takes.</summary>
    public const string AcceptList = ".pdf,.jpg,.jpeg,.png,.docx,.xlsx";

    /// <summary>What a person is told when a file is over <see cref="MaxBytes"/>.</summary>
    public static readonly string TooLarge = $"文件不能超过 {MaxBytes / 1024 / 1024} MB";

    /// <summary>What a person is told about the limits.</summary>
    public const string Hint = "PDF、JPG、PNG、Word（.docx）或 Excel（.xlsx），不超过 10 MB";

    public static readonly AppProblem Refused = new("upload_refused", "上传的文件不符合要求", 400);

    private static readonly Dictionary<string, string> OfficeTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>Reads at most <see cref="MaxBytes"/> and returns a file ready to add, or a problem on field <paramref name="field"/>.</summary>
    public static async Task<Outcome<StoredFile>> ReadAsync(Stream content, string? fileName, Guid uploadedBy, DateTimeOffset now,
        CancellationToken ct, string field = "file")
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName(fileName?.Trim() ?? "");
        if (name.Length == 0)
        {
            return Refused.WithError(field, "请选择要上传的文件");
        }
        if (name.Length > MaxFileNameLength)
        {
            return Refused.WithError(field, $"文件名不能超过 {MaxFileNameLength} 个字");
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return Refused.WithError(field, TooLarge);
            }
            buffer.Write(chunk, 0, read);
        }
        var bytes = buffer.ToArray();
        if (bytes.Length == 0)
        {
            return Refused.WithError(field, "文件是空的");
        }
        var type = TypeOf(bytes, Path.GetExtension(name));
        if (type is null)
        {
            return Refused.WithError(field, "只能上传 PDF、JPG、PNG、Word（.docx）或 Excel（.xlsx）文件");
        }
        return new StoredFile
        {
            Id = Guid.CreateVersion7(now),
            FileName = name,
            ContentType = type,
            Length = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = bytes,
            UploadedBy = uploadedBy,
            UploadedAt = now,
        };
    }

    private static string? TypeOf(byte[] b, string extension)
    {
        if (Starts(b, "%PDF-"u8))
        {
            return "application/pdf";
        }
        if (Starts(b, [0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }
        if (Starts(b, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }
        // .docx and .xlsx are zip containers; the extension says which, the signature that it really is one.
        return Starts(b, [0x50, 0x4B, 0x03, 0x04]) && OfficeTypes.TryGetValue(extension, out var office) ? office : null;
    }

    private static bool Starts(byte[] bytes, ReadOnlySpan<byte> signature) => bytes.AsSpan().StartsWith(signature);
}
