using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace WorkerHome.Infrastructure.Auth;

/// <summary>Reading a token a QR code or link carries, protected with ASP.NET Core data protection.</summary>
public static class ProtectedTokens
{
    /// <summary>The payload, or null when the token was not made by this protector (altered, truncated, another purpose).</summary>
    public static string? TryUnprotect(this IDataProtector protector, string? token)
    {
        ArgumentNullException.ThrowIfNull(protector);
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }
        try
        {
            return protector.Unprotect(token.Trim());
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
