namespace WorkerHome.Features.Counselling;

/// <summary>The <c>Counselling</c> section.</summary>
public sealed class CounsellingOptions
{
    public const string Section = "Counselling";

    /// <summary>Words in a booking note that mean the worker may be in danger (matched after normalising).</summary>
    public List<string> CrisisWords { get; set; } = [];

    /// <summary>The hotline shown to a worker whose note holds a crisis word.</summary>
    public string Hotline { get; set; } = "12356（全国心理援助热线）";

    /// <summary>Upcoming bookings one worker may hold at a time.</summary>
    public int MaxUpcomingPerWorker { get; set; } = 2;

    /// <summary>
    /// Tests only: book by checking in memory that the slot is free and inserting, without the slot's unique index
    /// column and the transaction, to show that the concurrent-booking test catches a double booking.
    /// Refused in any other environment.
    /// </summary>
    public bool UnguardedForTests { get; set; }

    /// <summary>The list used when the configuration names none.</summary>
    public static readonly IReadOnlyList<string> DefaultCrisisWords = ["自杀", "不想活", "轻生", "结束生命", "跳楼", "割腕", "活不下去", "想死"];

    public IReadOnlyList<string> EffectiveCrisisWords => CrisisWords.Count > 0 ? CrisisWords : DefaultCrisisWords;
}
