using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Volunteers;

/// <summary>A volunteer's hours of one year, with what the printed certificate (志愿服务时长证明) shows.</summary>
/// <param name="VolunteerId">The volunteer.</param>
/// <param name="VolunteerName">Display name.</param>
/// <param name="QualificationName">律师, 法官…</param>
/// <param name="UnionName">The union served with (the issuer).</param>
/// <param name="Year">The calendar year.</param>
/// <param name="PeriodStart">First day of the period.</param>
/// <param name="PeriodEnd">Last day of the period (today for the current year).</param>
/// <param name="CertificateNumber">"ZY2026-000012".</param>
/// <param name="IssuedOn">Today (Beijing).</param>
/// <param name="Sessions">Delivered sessions.</param>
/// <param name="TotalHours">Total hours, one decimal.</param>
public sealed record MyHours(int VolunteerId, string VolunteerName, string QualificationName, string UnionName, int Year,
    DateOnly PeriodStart, DateOnly PeriodEnd, string CertificateNumber, DateOnly IssuedOn, IReadOnlyList<ServiceRecord> Sessions, double TotalHours);

/// <summary>The signed-in volunteer's delivered sessions and hours in a year (default: this year).</summary>
public sealed class ListMyHours(AppDbContext db, CurrentUser current, VolunteerHours hours, TimeProvider time)
{
    public async Task<Outcome<MyHours>> HandleAsync(int? year, CancellationToken ct)
    {
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var today = time.LocalToday();
        var chosen = year ?? today.Year;
        if (chosen < VolunteerHours.EarliestYear || chosen > today.Year)
        {
            return CommonProblems.Field("year", $"年份应在{VolunteerHours.EarliestYear}到{today.Year}之间");
        }
        var volunteer = await db.Volunteers.AsNoTracking().Where(v => v.UserId == userId)
            .Select(v => new
            {
                v.Id,
                v.Qualification,
                Name = db.Users.Where(u => u.Id == v.UserId).Select(u => u.DisplayName).FirstOrDefault(),
                Union = db.Unions.Where(u => u.Id == v.UnionId).Select(u => u.Name).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (volunteer is null)
        {
            return VolunteersProblems.NotRegistered;
        }
        var report = await hours.ReportAsync(volunteer.Id, chosen, ct);
        var end = chosen == today.Year ? today : new DateOnly(chosen, 12, 31);
        return new MyHours(volunteer.Id, volunteer.Name ?? "", volunteer.Qualification.Chinese(), volunteer.Union ?? "", chosen,
            new DateOnly(chosen, 1, 1), end, VolunteerHours.CertificateNumber(volunteer.Id, chosen), today, report.Sessions, report.TotalHours);
    }
}
