using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace WorkerHome.Infrastructure.Text;

/// <summary>
/// Chinese names of enum members, from their <see cref="DisplayAttribute"/>, and parsing that accepts
/// either the code name (API) or the Chinese name (Excel, staff typing).
/// </summary>
public static class EnumText
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, string>> Names = new();

    public static string Chinese<T>(this T value) where T : struct, Enum
    {
        var names = NamesOf(typeof(T));
        return names.TryGetValue(value.ToString(), out var name) ? name : value.ToString();
    }

    public static IReadOnlyList<T> Values<T>() where T : struct, Enum => Enum.GetValues<T>();

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var trimmed = text.Trim();
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), trimmed, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.Chinese(), trimmed, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }

    /// <summary>"主体、共享、流动", for error messages that list the allowed values.</summary>
    public static string ChoicesInChinese<T>() where T : struct, Enum =>
        string.Join("、", Enum.GetValues<T>().Select(v => v.Chinese()));

    private static Dictionary<string, string> NamesOf(Type type) => Names.GetOrAdd(type, t =>
        t.GetFields(BindingFlags.Public | BindingFlags.Static).ToDictionary(
            f => f.Name,
            f => f.GetCustomAttribute<DisplayAttribute>()?.Name ?? f.Name,
            StringComparer.Ordinal));
}
