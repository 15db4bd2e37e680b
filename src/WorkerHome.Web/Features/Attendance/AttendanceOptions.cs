namespace WorkerHome.Features.Attendance;

/// <summary>The <c>Attendance</c> section: how long before the start and after the end check-in is open.</summary>
public sealed class AttendanceOptions
{
    public const string Section = "Attendance";

    /// <summary>Check-in opens this long before the session starts (default 30 minutes).</summary>
    public TimeSpan OpensBefore { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Check-in closes this long after the session ends (default 30 minutes).</summary>
    public TimeSpan ClosesAfter { get; set; } = TimeSpan.FromMinutes(30);
}

/// <summary>When check-in is open for a session: from <see cref="OpensAt"/> (inclusive) to <see cref="ClosesAt"/> (exclusive).</summary>
public readonly record struct CheckInWindow(DateTimeOffset OpensAt, DateTimeOffset ClosesAt)
{
    public static CheckInWindow Of(DateTimeOffset startsAt, DateTimeOffset endsAt, AttendanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(startsAt - options.OpensBefore, endsAt + options.ClosesAfter);
    }

    public bool IsOpen(DateTimeOffset now) => now >= OpensAt && now < ClosesAt;

    public bool HasClosed(DateTimeOffset now) => now >= ClosesAt;
}
