using System.Globalization;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;
using WorkerHome.Features.Statistics.Tallies;

namespace WorkerHome.Features.Statistics;

/// <summary>
/// The months a dashboard covers, in Beijing time: from the first day of <see cref="From"/> to the end of
/// <see cref="To"/>. <see cref="Start"/> and <see cref="End"/> are the instants (end exclusive); <see cref="Boundaries"/>
/// holds the first instant of every month and the end, so month <c>i</c> is [Boundaries[i], Boundaries[i+1]).
/// </summary>
public sealed record DashboardPeriod(DateOnly From, DateOnly To, IReadOnlyList<DateTimeOffset> Boundaries)
{
    public const int MaxMonths = 24;

    public DateTimeOffset Start => Boundaries[0];

    public DateTimeOffset End => Boundaries[^1];

    public int Months => Boundaries.Count - 1;

    public string FromText => From.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public string ToText => To.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The first month as a yyyyMM key, the month of the statistics' counters.</summary>
    public int FromKey => MonthKeys.Of(From);

    /// <summary>The last month as a yyyyMM key.</summary>
    public int ToKey => MonthKeys.Of(To);

    /// <summary>The index in the period of a month given as a yyyyMM key.</summary>
    public int IndexOf(int monthKey) => (monthKey / 100 - From.Year) * 12 + monthKey % 100 - From.Month;

    public string MonthText(int index) => From.AddMonths(index).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Reads "yyyy-MM" months; by default January to the current month of the Beijing year.</summary>
    public static Outcome<DashboardPeriod> Parse(string? from, string? to, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var today = time.LocalToday();
        var problem = (AppProblem?)null;
        var toMonth = new DateOnly(today.Year, today.Month, 1);
        if (!string.IsNullOrWhiteSpace(to) && !TryMonth(to, out toMonth))
        {
            problem = (problem ?? CommonProblems.Validation).WithError("to", "月份格式应为 yyyy-MM，例如 2026-03");
        }
        var fromMonth = new DateOnly(toMonth.Year, 1, 1);
        if (!string.IsNullOrWhiteSpace(from) && !TryMonth(from, out fromMonth))
        {
            problem = (problem ?? CommonProblems.Validation).WithError("from", "月份格式应为 yyyy-MM，例如 2026-01");
        }
        if (problem is not null)
        {
            return problem;
        }
        var months = (toMonth.Year - fromMonth.Year) * 12 + toMonth.Month - fromMonth.Month + 1;
        if (months < 1)
        {
            return CommonProblems.Field("to", "结束月份不能早于开始月份");
        }
        if (months > MaxMonths)
        {
            return CommonProblems.Field("to", $"统计期间最长 {MaxMonths} 个月");
        }
        var boundaries = Enumerable.Range(0, months + 1).Select(i => ChinaTime.FromLocal(fromMonth.AddMonths(i), TimeOnly.MinValue)).ToList();
        return new DashboardPeriod(fromMonth, toMonth, boundaries);
    }

    private static bool TryMonth(string text, out DateOnly month)
    {
        text = text.Trim();
        if (text.Length == 7 && DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            && parsed.Year is >= 2000 and <= 2100)
        {
            month = parsed;
            return true;
        }
        month = default;
        return false;
    }
}
