using System.Globalization;
using System.Text.RegularExpressions;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Sites;

/// <summary>
/// Weekly hours as people write them: "周一至周五 09:00-12:00、14:00-18:00；周六 09:00-12:00" or
/// "每天 08:30-21:00". Used by the Excel sheet and to show hours on the worker pages.
/// </summary>
public static partial class OpeningHoursText
{
    private static readonly string[] DayNames = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];

    /// <summary>Groups days with the same periods: "周一至周五 09:00-18:00；周六、周日 10:00-16:00".</summary>
    public static string Format(IEnumerable<(int Day, int OpensAt, int ClosesAt)> periods)
    {
        var byDay = periods.GroupBy(p => p.Day)
            .ToDictionary(g => g.Key, g => string.Join("、", g.OrderBy(p => p.OpensAt)
                .Select(p => $"{ChinaTime.FormatMinutes(p.OpensAt)}-{ChinaTime.FormatMinutes(p.ClosesAt)}")));
        if (byDay.Count == 0)
        {
            return "";
        }
        if (byDay.Count == 7 && byDay.Values.Distinct().Count() == 1)
        {
            return "每天 " + byDay[1];
        }
        var parts = new List<string>();
        foreach (var group in byDay.Keys.Order().GroupBy(day => byDay[day]).OrderBy(g => g.Min()))
        {
            parts.Add(DaysText(group.ToList()) + " " + group.Key);
        }
        return string.Join("；", parts);
    }

    private static string DaysText(List<int> days)
    {
        var runs = new List<string>();
        for (var i = 0; i < days.Count;)
        {
            var j = i;
            while (j + 1 < days.Count && days[j + 1] == days[j] + 1)
            {
                j++;
            }
            runs.Add(j - i >= 2 ? $"{DayNames[days[i] - 1]}至{DayNames[days[j] - 1]}"
                : j == i ? DayNames[days[i] - 1]
                : $"{DayNames[days[i] - 1]}、{DayNames[days[j] - 1]}");
            i = j + 1;
        }
        return string.Join("、", runs);
    }

    /// <summary>Parses the text; on failure says what is wrong in Chinese.</summary>
    public static bool TryParse(string? text, out List<OpeningPeriodInput> periods, out string error)
    {
        periods = [];
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        foreach (var rawClause in Clauses().Split(text.Trim()))
        {
            var clause = rawClause.Trim();
            if (clause.Length == 0)
            {
                continue;
            }
            var match = Clause().Match(clause);
            if (!match.Success)
            {
                error = $"无法识别“{clause}”，示例：周一至周五 09:00-18:00；周六 09:00-12:00";
                return false;
            }
            var days = ParseDays(match.Groups["days"].Value);
            if (days is null)
            {
                error = $"无法识别星期“{match.Groups["days"].Value}”";
                return false;
            }
            foreach (Match range in TimeRange().Matches(match.Groups["times"].Value))
            {
                foreach (var day in days)
                {
                    periods.Add(new OpeningPeriodInput { Day = day, Opens = Normalize(range.Groups[1].Value), Closes = Normalize(range.Groups[2].Value) });
                }
            }
        }
        return true;
    }

    private static List<int>? ParseDays(string text)
    {
        var days = new List<int>();
        foreach (var part in text.Split(['、', ',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part is "每天" or "每日" or "全周")
            {
                days.AddRange(Enumerable.Range(1, 7));
                continue;
            }
            if (part is "工作日")
            {
                days.AddRange(Enumerable.Range(1, 5));
                continue;
            }
            if (part is "周末")
            {
                days.AddRange([6, 7]);
                continue;
            }
            var ends = part.Split(['至', '~', '－', '-', '—'], StringSplitOptions.TrimEntries);
            if (ends.Length > 2)
            {
                return null;
            }
            var from = DayOf(ends[0]);
            var to = ends.Length == 2 ? DayOf(ends[1]) : from;
            if (from is null || to is null || to < from)
            {
                return null;
            }
            days.AddRange(Enumerable.Range(from.Value, to.Value - from.Value + 1));
        }
        return days.Count == 0 ? null : days.Distinct().Order().ToList();
    }

    private static int? DayOf(string name)
    {
        var normalized = name.Replace("星期", "周", StringComparison.Ordinal).Replace("周天", "周日", StringComparison.Ordinal);
        var index = Array.IndexOf(DayNames, normalized);
        return index < 0 ? null : index + 1;
    }

    private static string Normalize(string time)
    {
        var parts = time.Replace('：', ':').Split(':');
        return string.Create(CultureInfo.InvariantCulture, $"{int.Parse(parts[0], CultureInfo.InvariantCulture):00}:{parts[1]}");
    }

    /// <summary>"09:00" → 540; "24:00" → 1440; anything else → null.</summary>
    public static int? ParseMinutes(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var match = Time().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }
        var hours = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minutes = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return hours == 24 && minutes == 0 ? 1440 : hours < 24 ? hours * 60 + minutes : null;
    }

    [GeneratedRegex(@"[；;\n]+")]
    private static partial Regex Clauses();

    [GeneratedRegex(@"^(?<days>[^\d]+?)\s*(?<times>\d{1,2}[:：]\d{2}\s*[-~－至]\s*\d{1,2}[:：]\d{2}(\s*[、,，/ ]\s*\d{1,2}[:：]\d{2}\s*[-~－至]\s*\d{1,2}[:：]\d{2})*)$")]
    private static partial Regex Clause();

    [GeneratedRegex(@"(\d{1,2}[:：]\d{2})\s*[-~－至]\s*(\d{1,2}[:：]\d{2})")]
    private static partial Regex TimeRange();

    [GeneratedRegex(@"^(\d{1,2}):(\d{2})$")]
    private static partial Regex Time();
}
