using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Account;

/// <summary>Whether staff sign in with a second factor (a TOTP code from an authenticator app).</summary>
public enum StaffTwoFactorMode
{
    /// <summary>Not offered: the enrolment page is closed. Accounts that enabled it earlier are still asked for their code.</summary>
    Off,

    /// <summary>Staff may enrol; those who did are asked for a code, the others sign in with the password.</summary>
    Optional,

    /// <summary>Every staff member must enrol: until they do, they can only open the enrolment page.</summary>
    Required,
}

/// <summary>The <c>Auth</c> section: <c>Auth:StaffTwoFactor</c> = Off | Optional | Required (production: Required).</summary>
public sealed class StaffTwoFactorOptions
{
    public const string Section = "Auth";

    [EnumDataType(typeof(StaffTwoFactorMode), ErrorMessage = "Auth:StaffTwoFactor must be Off, Optional or Required.")]
    public StaffTwoFactorMode StaffTwoFactor { get; set; } = StaffTwoFactorMode.Required;

    /// <summary>The mode in words, for the startup banner.</summary>
    public string Describe() => StaffTwoFactor switch
    {
        StaffTwoFactorMode.Off => "Off（不启用）",
        StaffTwoFactorMode.Optional => "Optional（工作人员可自愿开启）",
        _ => "Required（工作人员必须开启）",
    };

    public static void AddTo(IServiceCollection services) =>
        services.AddOptions<StaffTwoFactorOptions>()
            .BindConfiguration(Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
}
