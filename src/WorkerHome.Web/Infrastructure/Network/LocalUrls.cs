namespace WorkerHome.Infrastructure.Network;

/// <summary>The one check for a return address taken from a request before redirecting to it.</summary>
public static class LocalUrls
{
    /// <summary>
    /// A path on this site ("/me/orders"), not another site ("//evil.example", "/\evil.example") and not something a
    /// Location header cannot carry: only printable ASCII (a newline or a non-ASCII character there makes Kestrel
    /// throw, a 500 that scanners report; the forms only ever send plain paths).
    /// </summary>
    public static bool IsSafe(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
        && url.All(c => c > ' ' && c < '\u007f');
}
