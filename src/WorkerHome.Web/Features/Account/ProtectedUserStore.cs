using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Privacy;

namespace WorkerHome.Features.Account;

/// <summary>
/// Identity's EF store with the values of <c>AspNetUserTokens</c> encrypted at rest (AES-GCM with the privacy key).
/// Identity keeps only the authenticator key, the recovery codes and our used-code list there, all secrets; every
/// read and write of them goes through <see cref="GetTokenAsync"/> and <see cref="SetTokenAsync"/>, so one override
/// covers them on SQLite and PostgreSQL alike.
/// </summary>
public sealed class ProtectedUserStore(AppDbContext context, PersonalDataProtector protector, IdentityErrorDescriber? describer = null)
    : UserOnlyStore<AppUser, AppDbContext, Guid>(context, describer)
{
    public override Task SetTokenAsync(AppUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken) =>
        base.SetTokenAsync(user, loginProvider, name, value is null ? null : protector.Encrypt(value), cancellationToken);

    public override async Task<string?> GetTokenAsync(AppUser user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        var stored = await base.GetTokenAsync(user, loginProvider, name, cancellationToken);
        if (stored is null)
        {
            return null;
        }
        try
        {
            return protector.Decrypt(stored);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            // Not ours (written in clear before, or with another key): treat as absent rather than trust it.
            return null;
        }
    }
}
