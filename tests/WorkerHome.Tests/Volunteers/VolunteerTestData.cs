using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Volunteers;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Volunteers;

/// <summary>Valid registrations for tests to vary, and people who registered through the API.</summary>
internal static class VolunteerTestData
{
    public static async Task<VolunteerInput> ValidInputAsync(this TestApp app, string union = "西柳沟街道总工会") => new()
    {
        Qualification = Qualification.Lawyer,
        CertificateNumber = "16201" + Guid.NewGuid().ToString("N")[..10],
        Organization = "测试律师事务所 " + Guid.NewGuid().ToString("N")[..8],
        UnionId = await app.UnionIdAsync(union),
        Skills = [NeedCategory.LegalAid, NeedCategory.EmploymentRights],
        Tags = ["劳动合同", "婚姻家庭"],
        RegionCodes = ["620104007", "620104002"],
        Availability =
        [
            new AvailabilityInput { Day = 3, From = "19:00", To = "21:30" },
            new AvailabilityInput { Day = 6, From = "08:30", To = "12:00" },
        ],
        MaxSessionsPerMonth = 4,
        Introduction = "执业十年，擅长劳动争议。",
    };

    /// <summary>A new person who registered (pending), with their client and the registration's input.</summary>
    public static async Task<(TestWorker Person, VolunteerDetail Volunteer, VolunteerInput Input)> RegisteredAsync(this TestApp app, string union = "西柳沟街道总工会")
    {
        var person = (await app.CreateAsync(1, "vol")).Single();
        var input = await app.ValidInputAsync(union);
        using var client = app.Bearer(person);
        var volunteer = await (await client.PostJsonAsync("/api/volunteers/registration", input)).ReadAsync<VolunteerDetail>(HttpStatusCode.Created);
        return (person, volunteer, input);
    }

    public static Task<Volunteer> VolunteerAsync(this TestApp app, int id) =>
        app.DbAsync(db => db.Volunteers.AsNoTracking().SingleAsync(v => v.Id == id));

    public static Task<bool> HasVolunteerGrantAsync(this TestApp app, Guid userId) =>
        app.DbAsync(db => db.RoleGrants.AnyAsync(g => g.UserId == userId && g.Role == WorkerHome.Features.Account.Role.Volunteer));
}
