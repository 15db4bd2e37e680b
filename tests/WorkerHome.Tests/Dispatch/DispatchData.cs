using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Dispatch;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Sessions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Dispatch;

/// <summary>A Xigu session with verified Xigu volunteers, and the staff client that dispatches it.</summary>
internal sealed record Scene(MenuItem Item, Session Session, IReadOnlyList<TestVolunteer> Volunteers);

internal static class DispatchData
{
    public static async Task<Scene> SceneAsync(this TestApp app, int volunteers = 3, TimeSpan? startsIn = null)
    {
        var item = await app.PublishedItemAsync();
        var session = await app.SessionAsync(item, startsIn: startsIn);
        var xigu = await app.UnionIdAsync("西固区总工会");
        return new Scene(item, session, await app.CreateVerifiedAsync(xigu, volunteers));
    }

    public static async Task<DispatchView> DispatchAsync(this TestApp app, int sessionId, IEnumerable<TestVolunteer> volunteers,
        int parallel = 1, int answerHours = 24, NoAnswerPolicy policy = NoAnswerPolicy.NextCandidate, string staff = "xigu")
    {
        using var client = await app.As(staff);
        var response = await client.PostJsonAsync("/api/dispatches", new
        {
            sessionId,
            volunteerIds = volunteers.Select(v => v.Id).ToArray(),
            parallelOffers = parallel,
            answerHours,
            onNoAnswer = policy,
            note = "请提前半小时到场",
        });
        return await response.ReadAsync<DispatchView>(HttpStatusCode.Created);
    }

    public static Task<List<DispatchOffer>> OffersAsync(this TestApp app, int dispatchId) =>
        app.DbAsync(db => db.DispatchOffers.AsNoTracking().Where(o => o.DispatchId == dispatchId).OrderBy(o => o.Rank).ToListAsync());

    public static Task<ServiceDispatch> LoadDispatchAsync(this TestApp app, int dispatchId) =>
        app.DbAsync(db => db.Dispatches.AsNoTracking().SingleAsync(d => d.Id == dispatchId));

    public static Task<int> NotificationsAsync(this TestApp app, Guid userId, string title) =>
        app.DbAsync(db => db.Notifications.CountAsync(n => n.UserId == userId && n.Title == title));
}
