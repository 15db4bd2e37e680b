using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Files;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Aid;

/// <summary>A document as lists show it.</summary>
/// <param name="Id">The document.</param>
/// <param name="FileName">Its name.</param>
/// <param name="ByWorker">Uploaded by the applicant (else by staff).</param>
/// <param name="UploadedAt">When.</param>
public sealed record AidDocumentView(int Id, string FileName, bool ByWorker, DateTimeOffset UploadedAt);

/// <summary>A file as downloaded.</summary>
public sealed record AidFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Supporting documents: the applicant adds them while the application is under review, staff whose scope covers it
/// until it is paid; the applicant and those staff download them. Type and size are checked by <see cref="Uploads"/>.
/// </summary>
public sealed class AidDocuments(AppDbContext db, AidAccess access, CurrentUser user, TimeProvider time)
{
    public async Task<Outcome<AidDocumentView>> UploadByWorkerAsync(int id, Stream content, string? fileName, CancellationToken ct)
    {
        var application = await db.AidApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.UserId == user.UserId, ct);
        if (application is null)
        {
            return AidProblems.NotFound;
        }
        return application.Status == AidStatus.Reviewing ? await StoreAsync(application, content, fileName, byWorker: true, ct) : AidProblems.NotReviewing;
    }

    public async Task<Outcome<AidDocumentView>> UploadByStaffAsync(int id, Stream content, string? fileName, CancellationToken ct)
    {
        var application = await db.AidApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null || !await access.AllowAsync(application, ct))
        {
            return AidProblems.NotFound;
        }
        return application.Status is AidStatus.Reviewing or AidStatus.OnNotice
            ? await StoreAsync(application, content, fileName, byWorker: false, ct)
            : AidProblems.NotReviewing;
    }

    public async Task<Outcome<IReadOnlyList<AidDocumentView>>> ListAsync(int id, bool asWorker, CancellationToken ct)
    {
        var opened = await OpenAsync(id, asWorker, ct);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }
        return await db.AidDocuments.AsNoTracking().Where(d => d.ApplicationId == id).OrderBy(d => d.Id)
            .Select(d => new AidDocumentView(d.Id, d.FileName, d.ByWorker, d.UploadedAt)).ToListAsync(ct);
    }

    /// <summary>The documents of all the caller's own applications, by application, in one query (for /me/aid).</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<AidDocumentView>>> ListMineAsync(CancellationToken ct)
    {
        var me = user.UserId;
        var rows = await db.AidDocuments.AsNoTracking()
            .Where(d => db.AidApplications.Any(a => a.Id == d.ApplicationId && a.UserId == me)).OrderBy(d => d.Id)
            .Select(d => new { d.ApplicationId, View = new AidDocumentView(d.Id, d.FileName, d.ByWorker, d.UploadedAt) }).ToListAsync(ct);
        return rows.GroupBy(r => r.ApplicationId).ToDictionary(g => g.Key, g => (IReadOnlyList<AidDocumentView>)g.Select(r => r.View).ToList());
    }

    public async Task<Outcome<AidFile>> DownloadAsync(int id, int documentId, bool asWorker, CancellationToken ct)
    {
        var opened = await OpenAsync(id, asWorker, ct);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }
        var file = await db.AidDocuments.AsNoTracking().Where(d => d.Id == documentId && d.ApplicationId == id)
            .Join(db.StoredFiles, d => d.FileId, f => f.Id, (d, f) => new AidFile(f.FileName, f.ContentType, f.Content))
            .FirstOrDefaultAsync(ct);
        return file is null ? AidProblems.NotFound : file;
    }

    private async Task<Outcome<AidApplication>> OpenAsync(int id, bool asWorker, CancellationToken ct)
    {
        var application = await db.AidApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null || (asWorker ? application.UserId != user.UserId : !await access.AllowAsync(application, ct)))
        {
            return AidProblems.NotFound;
        }
        return application;
    }

    private async Task<Outcome<AidDocumentView>> StoreAsync(AidApplication application, Stream content, string? fileName, bool byWorker, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var file = await Uploads.ReadAsync(content, fileName, user.UserId ?? Guid.Empty, now, ct);
        if (!file.Succeeded)
        {
            return file.Problem;
        }
        var document = new AidDocument
        {
            ApplicationId = application.Id, FileId = file.Value.Id, FileName = file.Value.FileName, UploadedBy = file.Value.UploadedBy,
            ByWorker = byWorker, UploadedAt = now,
        };
        return await db.InTransactionAsync<AidDocumentView>(async token =>
        {
            db.StoredFiles.Add(file.Value);
            db.AidDocuments.Add(document);
            await db.SaveChangesAsync(token);
            return new AidDocumentView(document.Id, document.FileName, byWorker, now);
        }, ct);
    }
}
