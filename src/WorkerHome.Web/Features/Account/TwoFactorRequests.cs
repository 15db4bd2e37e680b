using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Account;

/// <summary>A 6-digit code from the authenticator app, to confirm enrolment or to turn two-factor sign-in off.</summary>
public sealed record TwoFactorCodeRequest
{
    /// <summary>The 6 digits the app shows now.</summary>
    [Required(ErrorMessage = "请输入验证器上的6位数字")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "验证码为6位数字")]
    public string Code { get; init; } = "";
}

/// <summary>Where the signed-in user stands.</summary>
/// <param name="Mode">Off, Optional or Required (the server's setting for staff).</param>
/// <param name="IsStaff">Whether the user holds a staff grant (only staff enrol).</param>
/// <param name="Enabled">Whether sign-in asks for a code.</param>
/// <param name="RecoveryCodesLeft">Unused recovery codes.</param>
public sealed record TwoFactorStatus(StaffTwoFactorMode Mode, bool IsStaff, bool Enabled, int RecoveryCodesLeft);

/// <summary>What to put into the authenticator app.</summary>
/// <param name="Key">The shared secret, base32.</param>
/// <param name="FormattedKey">The same in groups of 4, for typing.</param>
/// <param name="OtpAuthUri">The <c>otpauth://totp/…</c> address the QR code carries.</param>
/// <param name="QrPngBase64">A PNG of the QR code, base64.</param>
public sealed record TwoFactorSetup(string Key, string FormattedKey, string OtpAuthUri, string QrPngBase64);

/// <summary>Ten one-time recovery codes, shown once.</summary>
public sealed record RecoveryCodes(IReadOnlyList<string> Codes);
