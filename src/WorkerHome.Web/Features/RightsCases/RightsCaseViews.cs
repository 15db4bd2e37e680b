using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.RightsCases;

/// <summary>A case in a list: what, who (masked phone), where, how far, and whether it is overdue.</summary>
/// <param name="Id">The case.</param>
/// <param name="Number">WQ202600001.</param>
/// <param name="Category">The category.</param>
/// <param name="CategoryName">The category in Chinese.</param>
/// <param name="EmployerName">The employer.</param>
/// <param name="PersonName">The person's name.</param>
/// <param name="PhoneMasked">The phone, masked (138****5678); the full number is never in a list.</param>
/// <param name="AmountFen">The amount in dispute, in fen.</param>
/// <param name="UnionId">The union handling it.</param>
/// <param name="UnionName">Its name.</param>
/// <param name="Status">The status.</param>
/// <param name="StatusName">The status in Chinese.</param>
/// <param name="SubmittedAt">When it was submitted (UTC).</param>
/// <param name="Submitted">Submission as "2026-12-02 10:00" (Beijing).</param>
/// <param name="AcknowledgeBy">Last day to acknowledge.</param>
/// <param name="CloseBy">Last day to close.</param>
/// <param name="Acknowledged">Whether staff have acknowledged it.</param>
/// <param name="Overdue">Open and past a deadline (not acknowledged by AcknowledgeBy, or not closed by CloseBy).</param>
/// <param name="AssigneeName">The staff handler or legal volunteer assigned.</param>
public sealed record RightsCaseItem(int Id, string Number, RightsCategory Category, string CategoryName, string EmployerName, string PersonName,
    string PhoneMasked, long? AmountFen, int UnionId, string UnionName, RightsCaseStatus Status, string StatusName, DateTimeOffset SubmittedAt,
    string Submitted, DateOnly AcknowledgeBy, DateOnly CloseBy, bool Acknowledged, bool Overdue, string? AssigneeName);

/// <summary>One step of a case.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="When">When, as "2026-12-02 10:00" (Beijing).</param>
/// <param name="ByName">Who.</param>
/// <param name="Kind">What kind of step.</param>
/// <param name="KindName">Its name in Chinese.</param>
/// <param name="Text">What was done or said.</param>
/// <param name="VisibleToWorker">Whether the worker sees it (false: an internal note).</param>
public sealed record RightsCaseStepView(DateTimeOffset At, string When, string ByName, RightsStepKind Kind, string KindName, string Text, bool VisibleToWorker);

/// <summary>A document of a case.</summary>
/// <param name="Id">The document.</param>
/// <param name="FileName">The file's name.</param>
/// <param name="ByWorker">Uploaded by the worker.</param>
/// <param name="VisibleToWorker">Whether the worker sees it.</param>
/// <param name="UploadedAt">When (UTC).</param>
public sealed record RightsCaseDocumentView(int Id, string FileName, bool ByWorker, bool VisibleToWorker, DateTimeOffset UploadedAt);

/// <summary>A case in full, as the side that opened it may see it (the worker sees only the steps meant for it).</summary>
/// <param name="Case">The list fields.</param>
/// <param name="Description">What happened.</param>
/// <param name="ChannelName">网上提交 or 现场登记.</param>
/// <param name="SiteName">The site of a walk-in.</param>
/// <param name="ProposedOutcome">The outcome the legal volunteer proposes.</param>
/// <param name="ProposedOutcomeName">Its name.</param>
/// <param name="Outcome">The outcome, once closed.</param>
/// <param name="OutcomeName">Its name.</param>
/// <param name="Rating">The worker's rating, 1–5.</param>
/// <param name="RatingComment">The worker's comment.</param>
/// <param name="CanRate">The worker may rate it now (closed, not yet rated).</param>
/// <param name="Version">Send it back with a staff change.</param>
/// <param name="Steps">The steps, oldest first.</param>
/// <param name="Documents">The documents.</param>
public sealed record RightsCaseDetail(RightsCaseItem Case, string Description, string ChannelName, string? SiteName, RightsOutcome? ProposedOutcome,
    string? ProposedOutcomeName, RightsOutcome? Outcome, string? OutcomeName, int? Rating, string? RatingComment, bool CanRate, int Version,
    IReadOnlyList<RightsCaseStepView> Steps, IReadOnlyList<RightsCaseDocumentView> Documents);

internal static class RightsCaseViews
{
    internal sealed record Row(RightsCase Case, string UnionName, string? StaffName, string? VolunteerName);

    /// <summary>Open and past a deadline on <paramref name="today"/> (Beijing).</summary>
    public static Expression<Func<RightsCase, bool>> Overdue(DateOnly today) =>
        c => c.Status != RightsCaseStatus.Closed && ((c.AcknowledgedAt == null && c.AcknowledgeBy < today) || c.CloseBy < today);

    public static bool IsOverdue(RightsCase c, DateOnly today) =>
        c.Status != RightsCaseStatus.Closed && ((c.AcknowledgedAt == null && c.AcknowledgeBy < today) || c.CloseBy < today);

    public static IQueryable<Row> Rows(AppDbContext db, IQueryable<RightsCase> cases) =>
        cases.Select(c => new Row(c,
            db.Unions.Where(u => u.Id == c.UnionId).Select(u => u.Name).First(),
            db.Users.Where(u => u.Id == c.AssignedStaffId).Select(u => u.DisplayName).FirstOrDefault(),
            db.Volunteers.Where(v => v.Id == c.AssignedVolunteerId)
                .SelectMany(v => db.Users.Where(u => u.Id == v.UserId).Select(u => u.DisplayName)).FirstOrDefault()));

    public static RightsCaseItem Item(Row r, DateOnly today)
    {
        var c = r.Case;
        return new RightsCaseItem(c.Id, c.Number, c.Category, c.Category.Chinese(), c.EmployerName, c.PersonName, c.PhoneMasked, c.AmountFen,
            c.UnionId, r.UnionName, c.Status, c.Status.Chinese(), c.SubmittedAt, ChinaTime.FormatStamp(c.SubmittedAt), c.AcknowledgeBy, c.CloseBy,
            c.AcknowledgedAt is not null, IsOverdue(c, today), r.VolunteerName ?? r.StaffName);
    }

    /// <summary>The whole case; <paramref name="forWorker"/> leaves out internal steps and documents not shared with the worker.</summary>
    public static async Task<RightsCaseDetail> DetailAsync(AppDbContext db, int id, bool forWorker, DateOnly today, CancellationToken ct)
    {
        var row = await Rows(db, db.RightsCases.AsNoTracking().Where(c => c.Id == id)).SingleAsync(ct);
        var steps = db.RightsCaseSteps.AsNoTracking().Where(s => s.CaseId == id);
        var documents = db.RightsCaseDocuments.AsNoTracking().Where(d => d.CaseId == id);
        if (forWorker)
        {
            steps = steps.Where(s => s.VisibleToWorker);
            documents = documents.Where(d => d.VisibleToWorker);
        }
        var stepList = (await steps.ToListAsync(ct)).OrderBy(s => s.At).ThenBy(s => s.Id)
            .Select(s => new RightsCaseStepView(s.At, ChinaTime.FormatStamp(s.At), s.ByName, s.Kind, s.Kind.Chinese(), s.Text, s.VisibleToWorker)).ToList();
        var documentList = (await documents.ToListAsync(ct)).OrderBy(d => d.Id)
            .Select(d => new RightsCaseDocumentView(d.Id, d.FileName, d.ByWorker, d.VisibleToWorker, d.UploadedAt)).ToList();
        var c = row.Case;
        var site = c.SiteId is null ? null : await db.Sites.AsNoTracking().Where(s => s.Id == c.SiteId).Select(s => s.Name).FirstOrDefaultAsync(ct);
        return new RightsCaseDetail(Item(row, today), c.Description, c.Channel.Chinese(), site, c.ProposedOutcome, c.ProposedOutcome?.Chinese(),
            c.Outcome, c.Outcome?.Chinese(), c.Rating, c.RatingComment, c.Status == RightsCaseStatus.Closed && c.Rating is null, c.Version,
            stepList, documentList);
    }
}
