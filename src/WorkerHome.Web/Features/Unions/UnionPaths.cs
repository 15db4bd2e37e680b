using System.Globalization;

namespace WorkerHome.Features.Unions;

/// <summary>The union ids on a materialised path such as "/1/5/17/", from the root down.</summary>
public static class UnionPaths
{
    public static int[] Ids(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
    }
}
