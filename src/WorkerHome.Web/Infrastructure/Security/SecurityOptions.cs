namespace WorkerHome.Infrastructure.Security;

/// <summary>The <c>Security</c> section: the Content-Security-Policy and the sign-in attempt limits.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Replaces the default policy (<see cref="SecurityHeaders.DefaultContentSecurityPolicy"/>) when set.</summary>
    public string? ContentSecurityPolicy { get; set; }

    /// <summary>Limits on sign-in attempts (the token endpoint and the sign-in form), per node.</summary>
    public LoginLimitOptions Login { get; set; } = new();
}

/// <summary>Sign-in attempts a node accepts per minute; more answer 429 (see <see cref="LoginLimiter"/>).</summary>
public sealed class LoginLimitOptions
{
    /// <summary>Attempts for one account name from one client address.</summary>
    public int PerNamePerMinute { get; set; } = 10;

    /// <summary>Attempts from one client address, whatever the name.</summary>
    public int PerClientPerMinute { get; set; } = 30;
}
