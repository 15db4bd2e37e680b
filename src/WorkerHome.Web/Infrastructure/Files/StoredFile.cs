namespace WorkerHome.Infrastructure.Files;

/// <summary>
/// An uploaded file kept in the database, so every app node serves the same files and a database backup holds
/// them. Uploads are small documents and photos (see <see cref="Uploads"/> for the limits).
/// </summary>
public sealed class StoredFile
{
    public Guid Id { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }

    /// <summary>SHA-256 of the content (hex), shown with the evidence so a printed copy can be matched.</summary>
    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];
    public Guid UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
