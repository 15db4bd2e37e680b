using Microsoft.Extensions.Options;

namespace WorkerHome.Infrastructure.Security;

/// <summary>
/// The security headers every response carries (pages, API, problems, static files). The policy allows scripts
/// from this origin only: the app renders no inline script and no inline event handler (print buttons use
/// <c>data-print</c>, handled by worker.js). Inline <em>styles</em> stay allowed because MudBlazor and Leaflet
/// write style attributes. <c>connect-src 'self'</c> covers Blazor Server's WebSocket on the same host and port.
/// </summary>
public sealed class SecurityHeaders(IOptions<SecurityOptions> options)
{
    public const string DefaultContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'; " +
        "img-src 'self' data: blob:; connect-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:";

    /// <summary>Geolocation for "use my location" on the worker pages; no camera (QR codes are shown, not scanned).</summary>
    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(self), payment=(), usb=()";

    private readonly string _contentSecurityPolicy = string.IsNullOrWhiteSpace(options.Value.ContentSecurityPolicy)
        ? DefaultContentSecurityPolicy
        : options.Value.ContentSecurityPolicy.Trim();

    public void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = _contentSecurityPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
    }
}
