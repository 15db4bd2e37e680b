namespace WorkerHome.Features.Sessions;

/// <summary>Where a session is held, in the words lists and cards show: 线上, or the site and the room in it.</summary>
public static class SessionVenue
{
    public const string Online = "线上";

    /// <param name="siteName">The site's name; null for a session without a site (online).</param>
    /// <param name="place">The room or meeting point at the site, if given.</param>
    public static string Describe(string? siteName, string? place) =>
        siteName is null ? Online : string.IsNullOrEmpty(place) ? siteName : $"{siteName} · {place}";
}
