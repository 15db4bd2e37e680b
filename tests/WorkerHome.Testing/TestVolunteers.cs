using WorkerHome.Features.Account;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Volunteers;

namespace WorkerHome.Testing;

/// <summary>A volunteer made for a test: the volunteer row and the person, with a bearer token.</summary>
public sealed record TestVolunteer(int Id, TestWorker Person);

/// <summary>Makes verified volunteers straight in the database, for tests of what comes after verification.</summary>
public static class TestVolunteers
{
    /// <summary>
    /// Verified volunteers of <paramref name="unionId"/>, free all week (08:00–22:00 every day) unless
    /// <paramref name="shape"/> changes them.
    /// </summary>
    public static async Task<IReadOnlyList<TestVolunteer>> CreateVerifiedAsync(this TestApp app, int unionId, int count = 1,
        NeedCategory skill = NeedCategory.LegalAid, Action<Volunteer>? shape = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var people = await app.CreateAsync(count, "v", unionId);
        var volunteers = people.Select((p, i) =>
        {
            var volunteer = new Volunteer
            {
                UserId = p.Id,
                UnionId = unionId,
                Qualification = Qualification.Lawyer,
                CertificateNumber = $"1620120{i:D10}",
                Organization = "测试律师事务所",
                Skills = [skill],
                Status = VolunteerStatus.Verified,
                ReviewedAt = TestApp.Now,
                MaxSessionsPerMonth = 8,
                CreatedAt = TestApp.Now,
                Availability = [.. Enumerable.Range(1, 7).Select(d => new AvailabilityWindow { Day = d, FromMinute = 8 * 60, ToMinute = 22 * 60 })],
            };
            shape?.Invoke(volunteer);
            return volunteer;
        }).ToList();
        await app.DbAsync(async db =>
        {
            db.Volunteers.AddRange(volunteers);
            db.RoleGrants.AddRange(people.Select(p => new RoleGrant { UserId = p.Id, Role = Role.Volunteer, UnionId = unionId, GrantedAt = TestApp.Now }));
            await db.SaveChangesAsync();
        });
        return volunteers.Select((v, i) => new TestVolunteer(v.Id, people[i])).ToList();
    }
}
