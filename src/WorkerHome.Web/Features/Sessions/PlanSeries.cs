using System.ComponentModel.DataAnnotations;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Sessions;

/// <summary>Which days a series falls on.</summary>
public enum SeriesPattern
{
    /// <summary>The chosen weekdays each week. Public holidays are skipped, and so are weekend days that are worked
    /// (调休上班): workers are at work then.</summary>
    Weekly = 1,

    /// <summary>Every working day as the calendar defines it: Monday to Friday except public holidays, plus the
    /// weekend days that are worked (调休上班). For lunchtime classes in a workplace, say.</summary>
    WorkingDays = 2,
}

/// <summary>A weekly series of sessions.</summary>
public sealed record SeriesInput : SessionPlace
{
    /// <summary>The first day the series may start on.</summary>
    [Required(ErrorMessage = "请填写开始日期")]
    public DateOnly? FirstDate { get; set; }

    /// <summary>Weekly or WorkingDays.</summary>
    public SeriesPattern Pattern { get; set; } = SeriesPattern.Weekly;

    /// <summary>For Weekly: ISO weekdays, 1 = Monday … 7 = Sunday.</summary>
    public List<int> Weekdays { get; set; } = [];

    /// <summary>How many sessions to schedule (1 to 52).</summary>
    [Range(1, 52, ErrorMessage = "场次数量应在 1 到 52 之间")]
    public int Count { get; set; } = 4;
}

/// <summary>A date the series considered.</summary>
/// <param name="Date">The date.</param>
/// <param name="Included">Whether a session is scheduled on it.</param>
/// <param name="Note">Why it is skipped, or a warning (the holiday arrangement of that year is not yet published).</param>
public sealed record SeriesDate(DateOnly Date, bool Included, string? Note);

/// <summary>The dates of a series, and the sessions made when it was created.</summary>
/// <param name="Dates">Every date considered, included or skipped, in order.</param>
/// <param name="SeriesKey">The key shared by the created sessions (null for a preview).</param>
/// <param name="Created">The sessions created (empty for a preview).</param>
public sealed record SeriesPlan(IReadOnlyList<SeriesDate> Dates, string? SeriesKey, IReadOnlyList<SessionView> Created);

/// <summary>
/// Generates a weekly series (周周开讲) that respects the State Council's holiday arrangement: days off are skipped,
/// worked weekend days are honoured (skipped for weekly weekend classes, included for working-day series), and
/// dates beyond the published arrangement are marked for checking.
/// </summary>
public sealed class PlanSeries(AppDbContext db, SessionRules rules, SessionViews views)
{
    public async Task<Outcome<SeriesPlan>> PreviewAsync(SeriesInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problem = Check(input);
        if (problem is not null)
        {
            return problem;
        }
        var calendar = await ChineseCalendar.LoadAsync(db, ct);
        return new SeriesPlan(Dates(input, calendar), null, []);
    }

    public async Task<Outcome<SeriesPlan>> CreateAsync(SeriesInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problem = Check(input);
        if (problem is not null)
        {
            return problem;
        }
        var target = await rules.CheckAsync(input, ct);
        if (!target.Succeeded)
        {
            return target.Problem;
        }
        var calendar = await ChineseCalendar.LoadAsync(db, ct);
        var dates = Dates(input, calendar);
        var seriesKey = Guid.CreateVersion7().ToString("N");
        return await db.InTransactionAsync<SeriesPlan>(async token =>
        {
            var sessions = new List<Session>();
            foreach (var date in dates.Where(d => d.Included))
            {
                var session = rules.Build(target.Value, input, date.Date, seriesKey);
                if (!session.Succeeded)
                {
                    return session.Problem;
                }
                sessions.Add(session.Value);
            }
            if (sessions.Count == 0)
            {
                return SessionsProblems.NothingToSchedule;
            }
            db.Sessions.AddRange(sessions);
            await db.SaveChangesAsync(token);
            var ids = sessions.Select(s => s.Id).ToList();
            var created = await views.ProjectAsync(db.Sessions.Where(s => ids.Contains(s.Id)).OrderBy(s => s.StartsAt), null, token);
            return new SeriesPlan(dates, seriesKey, created);
        }, ct);
    }

    /// <summary>The dates considered until <see cref="SeriesInput.Count"/> are included (or a year has passed).</summary>
    public static IReadOnlyList<SeriesDate> Dates(SeriesInput input, ChineseCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(calendar);
        var result = new List<SeriesDate>();
        var included = 0;
        var date = input.FirstDate!.Value;
        for (var step = 0; step < 366 && included < input.Count; step++, date = date.AddDays(1))
        {
            var weekday = date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;
            var kind = calendar.KindOf(date);
            var name = calendar.HolidayName(date);
            string? note = null;
            bool include;
            if (input.Pattern == SeriesPattern.WorkingDays)
            {
                include = kind is DayKind.WorkingDay or DayKind.AdjustedWorkingDay;
                if (kind == DayKind.PublicHoliday && weekday <= 5)
                {
                    note = $"{name}放假";
                }
                else if (kind == DayKind.AdjustedWorkingDay)
                {
                    note = $"{name}调休，当天上班";
                }
                else if (!include)
                {
                    continue;
                }
            }
            else
            {
                if (!input.Weekdays.Contains(weekday))
                {
                    continue;
                }
                include = kind is DayKind.WorkingDay or DayKind.Weekend;
                note = kind switch
                {
                    DayKind.PublicHoliday => $"{name}放假",
                    DayKind.AdjustedWorkingDay => $"{name}调休，当天上班",
                    _ => null,
                };
            }
            if (include && !calendar.IsKnown(date))
            {
                note = $"{date.Year}年节假日安排尚未录入，请核对";
            }
            result.Add(new SeriesDate(date, include, note));
            if (include)
            {
                included++;
            }
        }
        return result;
    }

    private static AppProblem? Check(SeriesInput input)
    {
        var problem = CommonProblems.Validation;
        if (input.FirstDate is null)
        {
            problem = problem.WithError("firstDate", "请填写开始日期");
        }
        if (input.Pattern == SeriesPattern.Weekly && (input.Weekdays.Count == 0 || input.Weekdays.Any(d => d is < 1 or > 7)))
        {
            problem = problem.WithError("weekdays", "请选择每周的上课日（1=周一 … 7=周日）");
        }
        if (!Enum.IsDefined(input.Pattern))
        {
            problem = problem.WithError("pattern", "规则应为 Weekly 或 WorkingDays");
        }
        if (input.Count is < 1 or > 52)
        {
            problem = problem.WithError("count", "场次数量应在 1 到 52 之间");
        }
        return problem.Errors is { Count: > 0 } ? problem : null;
    }
}
