using WorkerHome.Data;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Moderation;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Needs;

/// <summary>A need as its author sees it: everything, including where moderation stands.</summary>
/// <param name="Id">Need id.</param>
/// <param name="Category">What it is about.</param>
/// <param name="CategoryName">The category in Chinese.</param>
/// <param name="Text">The need in the worker's words.</param>
/// <param name="Status">Submitted, Grouped, OnMenu or Delivered.</param>
/// <param name="StatusName">What the author reads: 审核中 / 未通过 while moderation holds it, else the status in Chinese.</param>
/// <param name="Moderation">Pending, Approved or Rejected.</param>
/// <param name="ModerationName">The moderation status in Chinese.</param>
/// <param name="ModerationNote">A sentence for the author while the need is not public; null once it is.</param>
/// <param name="TownshipCode">The preferred township (the site's, when a site was chosen).</param>
/// <param name="TownshipName">Its name.</param>
/// <param name="PreferredSiteId">The preferred site, if any.</param>
/// <param name="SiteName">Its name.</param>
/// <param name="UnionName">The union the need is addressed to.</param>
/// <param name="PreferredTimes">When the author could attend.</param>
/// <param name="PreferredTimesText">The same in Chinese.</param>
/// <param name="Channel">Offline, Online or Either.</param>
/// <param name="ChannelName">The channel in Chinese.</param>
/// <param name="MeTooCount">How many others said "me too".</param>
/// <param name="SurveyId">The survey it was submitted with.</param>
/// <param name="SurveyTitle">That survey's title.</param>
/// <param name="CreatedAt">When it was submitted.</param>
public sealed record MyNeed(
    int Id, NeedCategory Category, string CategoryName, string Text, NeedStatus Status, string StatusName,
    ModerationStatus Moderation, string ModerationName, string? ModerationNote, string? TownshipCode, string? TownshipName,
    int? PreferredSiteId, string? SiteName, string UnionName, IReadOnlyList<PreferredTimes> PreferredTimes, string PreferredTimesText,
    DeliveryChannel Channel, string ChannelName, int MeTooCount, int? SurveyId, string? SurveyTitle, DateTimeOffset CreatedAt);

/// <summary>A category with its Chinese name.</summary>
/// <param name="Category">Code name.</param>
/// <param name="Name">Chinese name.</param>
public sealed record CategoryItem(NeedCategory Category, string Name)
{
    public static CategoryItem Of(NeedCategory category) => new(category, category.Chinese());
}

/// <summary>A need row with the names it is shown with, read in one query.</summary>
internal sealed record NeedRow(Need Need, string UnionName, string? TownshipName, string? SiteName, string? SurveyTitle);

/// <summary>Reads and words shared by the needs use cases.</summary>
internal static class NeedViews
{
    public const string PendingNote = "您的需求正在审核，通过后公开";
    public const string RejectedNote = "未通过审核，仅您本人可见";

    public static IQueryable<NeedRow> Rows(IQueryable<Need> needs, AppDbContext db) => needs.Select(n => new NeedRow(
        n,
        db.Unions.Where(u => u.Id == n.UnionId).Select(u => u.Name).FirstOrDefault() ?? "",
        db.Regions.Where(r => r.Code == n.PreferredRegionCode).Select(r => r.Name).FirstOrDefault(),
        db.Sites.Where(s => s.Id == n.PreferredSiteId).Select(s => s.Name).FirstOrDefault(),
        db.NeedsSurveys.Where(s => s.Id == n.SurveyId).Select(s => s.Title).FirstOrDefault()));

    public static MyNeed ToMyNeed(NeedRow row)
    {
        var n = row.Need;
        return new MyNeed(n.Id, n.Category, n.Category.Chinese(), n.Text, n.Status, StatusForAuthor(n.Status, n.Moderation),
            n.Moderation, n.Moderation.Chinese(), NoteForAuthor(n.Moderation), n.PreferredRegionCode, row.TownshipName,
            n.PreferredSiteId, row.SiteName, row.UnionName, TimesOf(n.PreferredTimes), TimesText(n.PreferredTimes),
            n.Channel, n.Channel.Chinese(), n.MeTooCount, n.SurveyId, row.SurveyTitle, n.CreatedAt);
    }

    /// <summary>What the author reads as the status: moderation first, because a held need goes nowhere yet.</summary>
    public static string StatusForAuthor(NeedStatus status, ModerationStatus moderation) => moderation switch
    {
        ModerationStatus.Pending => ModerationStatus.Pending.Chinese(),
        ModerationStatus.Rejected => ModerationStatus.Rejected.Chinese(),
        _ => status.Chinese(),
    };

    // The screen's reasons stay with the moderators: telling an author which word tripped the lexicon teaches
    // spammers to write around it.
    public static string? NoteForAuthor(ModerationStatus moderation) => moderation switch
    {
        ModerationStatus.Pending => PendingNote,
        ModerationStatus.Rejected => RejectedNote,
        _ => null,
    };

    public static IReadOnlyList<PreferredTimes> TimesOf(PreferredTimes times) =>
        EnumText.Values<PreferredTimes>().Where(t => t != PreferredTimes.None && times.HasFlag(t)).ToList();

    public static string TimesText(PreferredTimes times) =>
        times == PreferredTimes.None ? "时间均可" : string.Join("、", TimesOf(times).Select(t => t.Chinese()));
}
