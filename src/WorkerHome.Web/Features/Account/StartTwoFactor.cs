using System.Text;
using Microsoft.AspNetCore.Identity;
using QRCoder;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Account;

/// <summary>
/// The authenticator key to enrol with: made once (Identity's <c>ResetAuthenticatorKeyAsync</c>) and kept until
/// enrolment is confirmed, so showing the page again shows the same key. Refused once enabled (turn it off first).
/// </summary>
public sealed class StartTwoFactor(UserManager<AppUser> users, TwoFactorAccess access)
{
    public const string Issuer = "职工之家";

    public async Task<Outcome<TwoFactorSetup>> HandleAsync(CancellationToken ct)
    {
        var found = await access.CurrentStaffAsync(ct);
        if (!found.Succeeded)
        {
            return found.Problem;
        }
        var user = found.Value;
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return AccountProblems.TwoFactorAlreadyEnabled;
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            var reset = await users.ResetAuthenticatorKeyAsync(user);
            if (!reset.Succeeded)
            {
                return IdentityProblems.From(reset, "code");
            }
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        var uri = OtpAuthUri(user.UserName ?? "", key);
        return new TwoFactorSetup(key, Group(key), uri, Convert.ToBase64String(Png(uri)));
    }

    public static string OtpAuthUri(string userName, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(userName)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>The key in groups of 4 (lower case reads more easily), as authenticator apps accept it typed.</summary>
    public static string Group(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(i == 0 ? "" : " ").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return text.ToString().ToLowerInvariant();
    }

    private static byte[] Png(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(6);
    }
}
