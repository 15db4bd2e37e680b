using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Files;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.RightsCases;

/// <summary>An upload to a case: the file, and (staff only) whether the worker sees it.</summary>
public sealed record CaseUpload(Stream Content, string? FileName, bool VisibleToWorker);

/// <summary>A document's file, to download.</summary>
public sealed record CaseFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The worker and staff attach files to an open case (checked by <see cref="Uploads"/>: PDF, JPG, PNG, docx, xlsx, at
/// most 10 MB); the worker's files are always visible to it, staff files when shared.
/// </summary>
public sealed class CaseDocuments(AppDbContext db, CaseAccess access, CaseJournal journal, CurrentUser user, TimeProvider time)
{
    public async Task<Outcome<RightsCaseDocumentView>> UploadByWorkerAsync(int id, CaseUpload upload, CancellationToken ct)
    {
        var opened = await access.WorkerAsync(id, ct);
        return opened.Succeeded ? await StoreAsync(opened.Value, upload with { VisibleToWorker = true }, byWorker: true, ct) : opened.Problem;
    }

    public async Task<Outcome<RightsCaseDocumentView>> UploadByStaffAsync(int id, CaseUpload upload, CancellationToken ct)
    {
        var opened = await access.StaffAsync(id, ct);
        return opened.Succeeded ? await StoreAsync(opened.Value, upload, byWorker: false, ct) : opened.Problem;
    }

    public async Task<Outcome<CaseFile>> DownloadByWorkerAsync(int id, int documentId, CancellationToken ct)
    {
        var opened = await access.WorkerAsync(id, ct);
        return opened.Succeeded ? await FileAsync(id, documentId, forWorker: true, ct) : opened.Problem;
    }

    public async Task<Outcome<CaseFile>> DownloadByStaffAsync(int id, int documentId, CancellationToken ct)
    {
        var opened = await access.StaffAsync(id, ct);
        return opened.Succeeded ? await FileAsync(id, documentId, forWorker: false, ct) : opened.Problem;
    }

    private async Task<Outcome<RightsCaseDocumentView>> StoreAsync(RightsCase rightsCase, CaseUpload upload, bool byWorker, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (rightsCase.Status == RightsCaseStatus.Closed)
        {
            return RightsCasesProblems.Closed;
        }
        var now = time.GetUtcNow();
        var file = await Uploads.ReadAsync(upload.Content, upload.FileName, user.UserId ?? Guid.Empty, now, ct);
        if (!file.Succeeded)
        {
            return file.Problem;
        }
        var document = new RightsCaseDocument
        {
            CaseId = rightsCase.Id, FileId = file.Value.Id, FileName = file.Value.FileName, UploadedBy = file.Value.UploadedBy, ByWorker = byWorker,
            VisibleToWorker = upload.VisibleToWorker, UploadedAt = now,
        };
        return await db.InTransactionAsync<RightsCaseDocumentView>(async token =>
        {
            db.StoredFiles.Add(file.Value);
            db.RightsCaseDocuments.Add(document);
            await journal.StepAsync(rightsCase, RightsStepKind.Document, $"上传材料：{document.FileName}", upload.VisibleToWorker, token);
            if (!byWorker)
            {
                journal.Log(rightsCase, "上传材料", new { document.FileName, file.Value.Sha256 });
            }
            await db.SaveChangesAsync(token);
            return new RightsCaseDocumentView(document.Id, document.FileName, byWorker, document.VisibleToWorker, now);
        }, ct);
    }

    private async Task<Outcome<CaseFile>> FileAsync(int id, int documentId, bool forWorker, CancellationToken ct)
    {
        var file = await db.RightsCaseDocuments.AsNoTracking().Where(d => d.Id == documentId && d.CaseId == id && (!forWorker || d.VisibleToWorker))
            .Join(db.StoredFiles, d => d.FileId, f => f.Id, (d, f) => new CaseFile(f.FileName, f.ContentType, f.Content))
            .FirstOrDefaultAsync(ct);
        return file is null ? RightsCasesProblems.DocumentNotFound : file;
    }
}
