using System.Globalization;
using WorkerHome.Features.Needs;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Volunteers.Pages;

/// <summary>
/// The worker pages' volunteer form: weekday × 上午/下午/晚上 checkboxes stand for fixed windows, and the posted
/// form is read into the same <see cref="VolunteerInput"/> the API takes, so the rules and messages are the same.
/// </summary>
public static class VolunteerForm
{
    /// <summary>The three parts of a day offered on the page, as windows in minutes (Beijing time).</summary>
    public static readonly IReadOnlyList<(string Name, int From, int To)> Slots =
    [
        ("上午", 8 * 60 + 30, 12 * 60),
        ("下午", 14 * 60, 18 * 60),
        ("晚上", 19 * 60, 21 * 60 + 30),
    ];

    public static string SlotValue(int day, int slot) => string.Create(CultureInfo.InvariantCulture, $"{day}-{slot}");

    public static string SlotText(int slot) => $"{Slots[slot].Name} {ChinaTime.FormatMinutes(Slots[slot].From)}–{ChinaTime.FormatMinutes(Slots[slot].To)}";

    /// <summary>Whether a saved window overlaps a slot, so the page shows it ticked.</summary>
    public static bool Ticked(VolunteerInput input, int day, int slot)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (_, from, to) = Slots[slot];
        return input.Availability.Any(w => w.Day == day && VolunteerRules.TryParseTime(w.From, out var f) && VolunteerRules.TryParseTime(w.To, out var t)
            && f < to && from < t);
    }

    /// <summary>The record as the form shows it for editing.</summary>
    public static VolunteerInput From(VolunteerDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        return new VolunteerInput
        {
            Qualification = detail.Qualification,
            CertificateNumber = detail.CertificateNumber,
            Organization = detail.Organization,
            UnionId = detail.UnionId,
            Skills = [.. detail.Skills],
            Tags = [.. detail.Tags],
            RegionCodes = [.. detail.Townships.Select(t => t.Code)],
            Availability = [.. detail.Availability.Select(a => new AvailabilityInput { Day = a.Day, From = a.From, To = a.To })],
            MaxSessionsPerMonth = detail.MaxSessionsPerMonth,
            Introduction = detail.Introduction,
            BaseLatitude = detail.BaseLatitude,
            BaseLongitude = detail.BaseLongitude,
            Version = detail.Version,
        };
    }

    public static VolunteerInput Read(IFormCollection form, VolunteerInput? saved)
    {
        ArgumentNullException.ThrowIfNull(form);
        var slots = form["slots"].Select(v => v?.Split('-') ?? []).Where(p => p.Length == 2)
            .Select(p => (Day: int.TryParse(p[0], CultureInfo.InvariantCulture, out var d) ? d : 0, Slot: int.TryParse(p[1], CultureInfo.InvariantCulture, out var s) ? s : -1))
            .Where(p => p.Day is >= 1 and <= 7 && p.Slot >= 0 && p.Slot < Slots.Count)
            .Distinct().OrderBy(p => p.Day).ThenBy(p => p.Slot);
        var load = (string?)form["maxSessionsPerMonth"];
        return new VolunteerInput
        {
            Qualification = Enum.TryParse<Qualification>(form["qualification"], out var qualification) ? qualification : null,
            CertificateNumber = form["certificateNumber"].ToString(),
            Organization = form["organization"].ToString(),
            UnionId = int.TryParse(form["unionId"], CultureInfo.InvariantCulture, out var unionId) ? unionId : null,
            Skills = [.. form["skills"].Select(s => Enum.TryParse<NeedCategory>(s, out var skill) ? skill : (NeedCategory?)null).OfType<NeedCategory>()],
            Tags = [.. form["tags"].ToString().Split([' ', ',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            RegionCodes = [.. form["regionCodes"].OfType<string>()],
            Availability = [.. slots.Select(p => new AvailabilityInput { Day = p.Day, From = ChinaTime.FormatMinutes(Slots[p.Slot].From), To = ChinaTime.FormatMinutes(Slots[p.Slot].To) })],
            // Something typed that is not a number is kept as 0, so the range rule names the field.
            MaxSessionsPerMonth = string.IsNullOrWhiteSpace(load) ? null : int.TryParse(load, CultureInfo.InvariantCulture, out var max) ? max : 0,
            Introduction = form["introduction"].ToString(),
            // The page does not edit the base point; an edit keeps what the API saved.
            BaseLatitude = saved?.BaseLatitude,
            BaseLongitude = saved?.BaseLongitude,
            Version = int.TryParse(form["version"], CultureInfo.InvariantCulture, out var version) ? version : null,
        };
    }
}
