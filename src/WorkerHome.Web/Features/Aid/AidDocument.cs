namespace WorkerHome.Features.Aid;

/// <summary>A supporting document (诊断证明, 残疾证, 受灾证明…) attached to an application; the file is in StoredFiles.</summary>
public sealed class AidDocument
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public Guid FileId { get; set; }
    public string FileName { get; set; } = "";
    public Guid UploadedBy { get; set; }
    public bool ByWorker { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
