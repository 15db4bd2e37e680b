using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Moderation;

/// <summary>A held text as moderators see it.</summary>
/// <param name="Id">Case id.</param>
/// <param name="ContentType">The kind of content: <c>Need</c>, later <c>FeedbackComment</c>.</param>
/// <param name="ContentTypeName">That in Chinese.</param>
/// <param name="ContentId">The content's id in its room.</param>
/// <param name="Text">The text as written (up to 2,000 characters).</param>
/// <param name="Reasons">Why the screen held it, in Chinese.</param>
/// <param name="Marks">Where the current lexicon and spam signals hit in <paramref name="Text"/>, to highlight.</param>
/// <param name="AuthorName">The author's display name (never the phone).</param>
/// <param name="UnionId">The union the content is addressed to.</param>
/// <param name="UnionName">Its name.</param>
/// <param name="Status">Pending, Approved or Rejected.</param>
/// <param name="StatusName">That in Chinese.</param>
/// <param name="CreatedAt">When the text was written.</param>
/// <param name="ReviewerName">Who decided.</param>
/// <param name="ReviewedAt">When.</param>
/// <param name="ReviewNote">The moderator's note.</param>
public sealed record ModerationCaseItem(int Id, string ContentType, string ContentTypeName, int ContentId, string Text,
    IReadOnlyList<string> Reasons, IReadOnlyList<TextMark> Marks, string AuthorName, int UnionId, string UnionName,
    ModerationStatus Status, string StatusName, DateTimeOffset CreatedAt,
    string? ReviewerName, DateTimeOffset? ReviewedAt, string? ReviewNote);

/// <summary>Loads cases as <see cref="ModerationCaseItem"/>s: one query, names joined in, marks from the cached lexicon.</summary>
public sealed class ModerationCaseItems(AppDbContext db, LexiconCache lexicon)
{
    public async Task<List<ModerationCaseItem>> LoadAsync(IQueryable<ModerationCase> cases, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var rows = await cases.Select(c => new
        {
            Case = c,
            AuthorName = db.Users.Where(u => u.Id == c.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
            UnionName = db.Unions.Where(u => u.Id == c.UnionId).Select(u => u.Name).FirstOrDefault(),
            ReviewerName = db.Users.Where(u => u.Id == c.ReviewedBy).Select(u => u.DisplayName).FirstOrDefault(),
        }).ToListAsync(ct);
        var words = await lexicon.GetAsync(db, ct);
        return rows.Select(r => new ModerationCaseItem(
            r.Case.Id, r.Case.ContentType, ModerationCase.ContentTypeName(r.Case.ContentType), r.Case.ContentId, r.Case.Text,
            r.Case.Reasons, TextScreen.Mark(r.Case.Text, words), r.AuthorName ?? "（已注销）", r.Case.UnionId, r.UnionName ?? "",
            r.Case.Status, r.Case.Status.Chinese(), r.Case.CreatedAt, r.ReviewerName, r.Case.ReviewedAt, r.Case.ReviewNote)).ToList();
    }
}
