using WorkerHome.Features.Account;

namespace WorkerHome.Testing;

/// <summary>A worker made for a test, with a bearer token.</summary>
public sealed record TestWorker(Guid Id, string UserName, string Token);

/// <summary>Makes many workers fast: rows straight into the database (no password hashing) and tokens minted in-process.</summary>
public static class Workers
{
    public static async Task<IReadOnlyList<TestWorker>> CreateAsync(this TestApp app, int count, string prefix = "w", int? homeUnionId = null,
        TimeProvider? tokenClock = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var batch = Guid.NewGuid().ToString("N")[..6];
        var users = Enumerable.Range(1, count).Select(i => new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = $"{prefix}{batch}{i:D5}",
            NormalizedUserName = $"{prefix}{batch}{i:D5}".ToUpperInvariant(),
            DisplayName = $"测试职工{i}",
            SecurityStamp = Guid.NewGuid().ToString("N"),
            HomeUnionId = homeUnionId,
            CreatedAt = TestApp.Now,
        }).ToList();
        foreach (var chunk in users.Chunk(500))
        {
            await app.DbAsync(async db =>
            {
                db.Users.AddRange(chunk);
                db.RoleGrants.AddRange(chunk.Select(u => new RoleGrant { UserId = u.Id, Role = Role.Worker, GrantedAt = TestApp.Now }));
                await db.SaveChangesAsync();
            });
        }
        return users.Select(u => new TestWorker(u.Id, u.UserName!, app.BearerTokenFor(u.Id, u.UserName!, tokenClock))).ToList();
    }

    /// <summary>A client of the in-memory host that speaks as <paramref name="worker"/>.</summary>
    public static HttpClient Bearer(this TestApp app, TestWorker worker)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(worker);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", worker.Token);
        return client;
    }
}
