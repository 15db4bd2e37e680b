using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Statistics.Tallies;

/// <summary>A month as the counters key it: yyyyMM (202611), in Beijing time.</summary>
public static class MonthKeys
{
    public static int Of(DateTimeOffset instant)
    {
        var local = ChinaTime.ToLocal(instant);
        return local.Year * 100 + local.Month;
    }

    public static int Of(DateOnly date) => date.Year * 100 + date.Month;

    /// <summary>The first day of the month a key names.</summary>
    public static DateOnly FirstDay(int key) => new(key / 100, key % 100, 1);
}
