using System.Security.Claims;

namespace WorkerHome.Infrastructure.Auth;

/// <summary>
/// Who is acting in this scope. In HTTP requests it reads the request's user; the staff console's
/// interactive circuits have no request, so they set <see cref="Principal"/> for each operation scope.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    private ClaimsPrincipal? _principal;

    public ClaimsPrincipal Principal
    {
        get => _principal ?? accessor.HttpContext?.User ?? Anonymous;
        set => _principal = value;
    }

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public Guid? UserId => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string UserName => Principal.Identity?.Name ?? "";

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
