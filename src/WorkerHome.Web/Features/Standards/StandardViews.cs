using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Standards;

/// <summary>A standard in a list.</summary>
/// <param name="Id">Standard id.</param>
/// <param name="Name">Name.</param>
/// <param name="UnionId">Owning union.</param>
/// <param name="UnionName">Its name.</param>
/// <param name="Form">Site form.</param>
/// <param name="FormName">Form in Chinese.</param>
/// <param name="Rating">Site rating.</param>
/// <param name="RatingName">Rating in Chinese.</param>
/// <param name="PassScore">Points needed to pass.</param>
/// <param name="MaxScore">The items' total weight.</param>
/// <param name="ItemCount">Number of items.</param>
/// <param name="IsActive">Whether it measures sites now.</param>
/// <param name="CanEdit">Whether the caller may change it (false for a standard set by a union above).</param>
/// <param name="Version">For edits.</param>
/// <param name="UpdatedAt">Last change.</param>
public sealed record StandardSummary(int Id, string Name, int UnionId, string UnionName, SiteForm Form, string FormName,
    SiteRating Rating, string RatingName, int PassScore, int MaxScore, int ItemCount, bool IsActive, bool CanEdit, int Version,
    DateTimeOffset UpdatedAt);

/// <summary>A checklist item as shown.</summary>
/// <param name="Id">Item id.</param>
/// <param name="Category">Heading.</param>
/// <param name="Title">What is checked.</param>
/// <param name="Requirement">The requirement.</param>
/// <param name="Kind">Check or Minimum.</param>
/// <param name="KindName">Kind in Chinese.</param>
/// <param name="Minimum">Least value for a minimum item.</param>
/// <param name="Unit">Unit of the minimum.</param>
/// <param name="FunctionAreaId">Function area the site must have.</param>
/// <param name="FunctionAreaName">Its name.</param>
/// <param name="Weight">Points.</param>
/// <param name="SortOrder">Order.</param>
public sealed record StandardItemView(int Id, string Category, string Title, string? Requirement, StandardItemKind Kind, string KindName,
    decimal? Minimum, string? Unit, int? FunctionAreaId, string? FunctionAreaName, int Weight, int SortOrder)
{
    /// <summary>"≥ 200 平方米", "须有 职工书屋", "达标".</summary>
    public string RuleText => Kind == StandardItemKind.Minimum
        ? string.Create(CultureInfo.InvariantCulture, $"≥ {Minimum:0.##} {Unit}")
        : FunctionAreaName is { } area ? $"须有功能区“{area}”" : "达标";

    /// <summary>The entity form of this item, for <see cref="SiteAssessment.Measure"/>.</summary>
    public StandardItem ToItem() => new()
    {
        Id = Id, Category = Category, Title = Title, Requirement = Requirement, Kind = Kind, Minimum = Minimum, Unit = Unit,
        FunctionAreaId = FunctionAreaId, Weight = Weight, SortOrder = SortOrder,
    };
}

/// <summary>A standard with its checklist.</summary>
/// <param name="Summary">The list row.</param>
/// <param name="Note">Note.</param>
/// <param name="Items">The checklist in order.</param>
public sealed record StandardDetail(StandardSummary Summary, string? Note, IReadOnlyList<StandardItemView> Items)
{
    /// <summary>The input that would save this standard unchanged (the editor starts from it).</summary>
    public StandardInput ToInput() => new()
    {
        Name = Summary.Name, UnionId = Summary.UnionId, Form = Summary.Form, Rating = Summary.Rating, PassScore = Summary.PassScore,
        Note = Note, Version = Summary.Version,
        Items = Items.Select(i => new StandardItemInput
        {
            Id = i.Id, Category = i.Category, Title = i.Title, Requirement = i.Requirement, Kind = i.Kind, Minimum = i.Minimum,
            Unit = i.Unit, FunctionAreaId = i.FunctionAreaId, Weight = i.Weight,
        }).ToList(),
    };
}

/// <summary>Which standards a user sees and how they are read.</summary>
public sealed class StandardQueries(AppDbContext db, DataScope scope)
{
    /// <summary>
    /// Standards owned inside the caller's subtree, and those set above it that apply to it (read-only):
    /// a county sees the city's guide its sites are measured by.
    /// </summary>
    public async Task<(IQueryable<ConstructionStandard> Query, AccessScope Access)> VisibleAsync(CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        if (access.IsSystemAdmin)
        {
            return (db.Standards.AsNoTracking(), access);
        }
        var above = access.StaffPaths
            .SelectMany(p => p.Split('/', StringSplitOptions.RemoveEmptyEntries))
            .Select(p => int.Parse(p, CultureInfo.InvariantCulture)).Distinct().ToList();
        var inScope = access.UnionIds(db);
        return (db.Standards.AsNoTracking().Where(s => inScope.Contains(s.UnionId) || above.Contains(s.UnionId)), access);
    }

    public async Task<IReadOnlyList<StandardSummary>> SummariesAsync(IQueryable<ConstructionStandard> query, AccessScope access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        var rows = await query
            .Select(s => new
            {
                Standard = s,
                Union = db.Unions.Where(u => u.Id == s.UnionId).Select(u => new { u.Name, u.Path, u.SortOrder }).First(),
                MaxScore = db.StandardItems.Where(i => i.StandardId == s.Id).Sum(i => (int?)i.Weight) ?? 0,
                ItemCount = db.StandardItems.Count(i => i.StandardId == s.Id),
            })
            .ToListAsync(ct);
        return rows
            .OrderBy(r => r.Standard.Form).ThenBy(r => r.Standard.Rating).ThenBy(r => r.Union.Path.Length).ThenBy(r => r.Union.SortOrder)
            .ThenByDescending(r => r.Standard.IsActive).ThenByDescending(r => r.Standard.UpdatedAt)
            .Select(r => new StandardSummary(r.Standard.Id, r.Standard.Name, r.Standard.UnionId, r.Union.Name, r.Standard.Form,
                r.Standard.Form.Chinese(), r.Standard.Rating, r.Standard.Rating.Chinese(), r.Standard.PassScore, r.MaxScore, r.ItemCount,
                r.Standard.IsActive, access.Covers(r.Union.Path), r.Standard.Version, r.Standard.UpdatedAt))
            .ToList();
    }

    public async Task<IReadOnlyList<StandardItemView>> ItemsAsync(int standardId, CancellationToken ct) =>
        (await db.StandardItems.AsNoTracking().Where(i => i.StandardId == standardId)
            .Select(i => new
            {
                Item = i,
                Area = db.FunctionAreas.Where(a => a.Id == i.FunctionAreaId).Select(a => a.Name).FirstOrDefault(),
            })
            .ToListAsync(ct))
        .OrderBy(r => r.Item.SortOrder).ThenBy(r => r.Item.Id)
        .Select(r => new StandardItemView(r.Item.Id, r.Item.Category, r.Item.Title, r.Item.Requirement, r.Item.Kind, r.Item.Kind.Chinese(),
            r.Item.Minimum, r.Item.Unit, r.Item.FunctionAreaId, r.Area, r.Item.Weight, r.Item.SortOrder))
        .ToList();
}
