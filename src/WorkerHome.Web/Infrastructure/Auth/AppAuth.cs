namespace WorkerHome.Infrastructure.Auth;

/// <summary>Scheme and policy names.</summary>
public static class AppAuth
{
    /// <summary>Chooses bearer for requests with an Authorization header, cookies otherwise.</summary>
    public const string SmartScheme = "Smart";

    public const string BearerScheme = "Bearer";

    /// <summary>Holds a Staff grant somewhere (or is a system administrator).</summary>
    public const string StaffPolicy = "Staff";

    /// <summary>A system administrator.</summary>
    public const string SystemAdminPolicy = "SystemAdmin";

    /// <summary>Staff at city level or above, who maintain the shared dictionaries.</summary>
    public const string DictionaryPolicy = "Dictionaries";
}
