namespace WorkerHome.Infrastructure.Privacy;

/// <summary>How personal data appears in lists and on screens that are not the person's own.</summary>
public static class Masking
{
    /// <summary>13812345678 → 138****5678.</summary>
    public static string Phone(string? phone) =>
        string.IsNullOrEmpty(phone) ? "" : phone.Length < 7 ? new string('*', phone.Length) : phone[..3] + "****" + phone[^4..];

    /// <summary>511102199001011234 → 5111**********1234.</summary>
    public static string IdNumber(string? id) =>
        string.IsNullOrEmpty(id) ? "" : id.Length < 8 ? new string('*', id.Length) : id[..4] + new string('*', id.Length - 8) + id[^4..];

    /// <summary>张三丰 → 张**.</summary>
    public static string Name(string? name) =>
        string.IsNullOrEmpty(name) ? "" : name[..1] + new string('*', Math.Max(1, name.Length - 1));
}
