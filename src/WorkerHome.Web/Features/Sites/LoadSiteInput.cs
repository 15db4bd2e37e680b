using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Sites;

/// <summary>A site as the edit form needs it: every field, every special day (past ones too), and its version.</summary>
public sealed class LoadSiteInput(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<SiteInput>> HandleAsync(int id, CancellationToken ct)
    {
        var site = await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.DeletedAt == null, ct);
        if (site is null)
        {
            return SitesProblems.NotFound;
        }
        if (!await scope.CoversUnionAsync(site.UnionId, ct))
        {
            return SitesProblems.OutOfScope;
        }
        return new SiteInput
        {
            Name = site.Name,
            Form = site.Form,
            Rating = site.Rating,
            Status = site.Status,
            HostOrganization = site.HostOrganization,
            UnionId = site.UnionId,
            RegionCode = site.RegionCode,
            Address = site.Address,
            Latitude = site.Latitude,
            Longitude = site.Longitude,
            Coord = "wgs84",
            ContactName = site.ContactName,
            ContactPhone = site.ContactPhone,
            Description = site.Description,
            FunctionAreaIds = [.. site.FunctionAreaIds],
            Amenities = [.. site.Amenities],
            OpeningHours = site.OpeningHours.OrderBy(p => p.Day).ThenBy(p => p.OpensAt).Select(p => new OpeningPeriodInput
            {
                Day = p.Day,
                Opens = ChinaTime.FormatMinutes(p.OpensAt),
                Closes = ChinaTime.FormatMinutes(p.ClosesAt),
            }).ToList(),
            SpecialDays = site.SpecialDays.OrderBy(d => d.Date).Select(d => new SpecialDayInput
            {
                Date = d.Date,
                Closed = d.Closed,
                Opens = d.OpensAt is { } o ? ChinaTime.FormatMinutes(o) : null,
                Closes = d.ClosesAt is { } c ? ChinaTime.FormatMinutes(c) : null,
                Note = d.Note,
            }).ToList(),
            ValidFrom = site.ValidFrom,
            ValidTo = site.ValidTo,
            HostProject = site.HostProject,
            Version = site.Version,
        };
    }
}
