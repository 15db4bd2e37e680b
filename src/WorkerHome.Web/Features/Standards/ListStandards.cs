using WorkerHome.Features.Sites;

namespace WorkerHome.Features.Standards;

/// <summary>Filters of the standards list.</summary>
/// <param name="Form">Only this form.</param>
/// <param name="Rating">Only this rating.</param>
/// <param name="ActiveOnly">Only active standards.</param>
public sealed record StandardFilter(SiteForm? Form = null, SiteRating? Rating = null, bool ActiveOnly = false);

/// <summary>The standards a staff member works with: their subtree's own and those set above that apply to it.</summary>
public sealed class ListStandards(StandardQueries queries)
{
    public async Task<IReadOnlyList<StandardSummary>> HandleAsync(StandardFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (query, access) = await queries.VisibleAsync(ct);
        if (filter.Form is { } form)
        {
            query = query.Where(s => s.Form == form);
        }
        if (filter.Rating is { } rating)
        {
            query = query.Where(s => s.Rating == rating);
        }
        if (filter.ActiveOnly)
        {
            query = query.Where(s => s.IsActive);
        }
        return await queries.SummariesAsync(query, access, ct);
    }
}
