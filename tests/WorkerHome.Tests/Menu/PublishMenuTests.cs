using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Notifications;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Menu;

/// <summary>
/// Publishing (亮单) puts the answered needs on the menu and tells exactly their authors and "me too" givers, once
/// per item, in the same transaction; a second or concurrent publish tells nobody again.
/// </summary>
public abstract class PublishMenuTests(TestApp app)
{
    [Fact]
    public async Task Publishing_tells_exactly_the_authors_and_me_too_givers_of_the_answered_needs_once_per_item()
    {
        var street = await app.UnionIdAsync("西柳沟街道总工会");
        var (groupId, needs) = await app.GroupAsync(street, NeedCategory.EmploymentRights,
            new NeedSpec("worker11", "worker12", "worker13"),
            new NeedSpec("worker12", "worker14"),
            new NeedSpec("worker15", ["worker16"], ModerationStatus.Pending));
        var (_, unrelated) = await app.GroupAsync(street, NeedCategory.Psychology, new NeedSpec("worker17", "worker18"));
        using var staff = await app.As("xigu");
        var menu = await staff.CreateMenuAsync(MenuTestData.MenuRequest(await app.UnionIdAsync("西固区总工会")));
        var fromGroup = MenuTestData.Item() with { FromGroupId = groupId, Title = null, Category = null };
        var lecture = await staff.AddItemAsync(menu.Id, fromGroup);
        var clinic = await staff.AddItemAsync(menu.Id, fromGroup with { Title = "劳动合同一对一咨询", Mode = ServiceMode.Help });
        var scratch = await staff.AddItemAsync(menu.Id, MenuTestData.Item());

        var preview = await (await staff.GetAsync($"/api/menus/{menu.Id}")).ReadAsync<ManagedMenu>();
        Assert.Equal(4, preview.WorkersToNotify);

        var published = await staff.PublishAsync(menu.Id);
        Assert.Equal((2, 4, 8), (published.NeedsOnMenu, published.WorkersNotified, published.Notifications));

        string[] told = ["worker11", "worker12", "worker13", "worker14"];
        foreach (var item in new[] { lecture, clinic })
        {
            var messages = await app.MessagesAsync($"/menu/items/{item.Id}");
            Assert.Equal(told, messages.Keys.Order());
            Assert.All(messages.Values, count => Assert.Equal(1, count));
        }
        Assert.Empty(await app.MessagesAsync($"/menu/items/{scratch.Id}"));
        var message = await app.DbAsync(db => db.Notifications.FirstAsync(n => n.Link == $"/menu/items/{lecture.Id}"));
        Assert.Contains(menu.Title, message.Body, StringComparison.Ordinal);
        var channels = app.Factory.Services.GetRequiredService<IOptions<NotificationOptions>>().Value.Channels.Distinct().Count();
        var outbox = await app.DbAsync(db => db.OutboxMessages.CountAsync(m => m.Link == $"/menu/items/{lecture.Id}"));
        Assert.Equal(4 * channels, outbox);

        var statuses = await app.DbAsync(db => db.Needs.Where(n => needs.Contains(n.Id) || unrelated.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.Status));
        Assert.Equal(NeedStatus.OnMenu, statuses[needs[0]]);
        Assert.Equal(NeedStatus.OnMenu, statuses[needs[1]]);
        Assert.Equal(NeedStatus.Submitted, statuses[needs[2]]);
        Assert.Equal(NeedStatus.Grouped, statuses[unrelated[0]]);

        await (await staff.PostAsync($"/api/menus/{menu.Id}/publish", null)).ProblemAsync(HttpStatusCode.Conflict, "menu_not_draft");
        Assert.Equal(4, (await app.MessagesAsync($"/menu/items/{lecture.Id}")).Values.Sum());
    }

    [Fact]
    public async Task Concurrent_publishes_publish_once_and_tell_each_worker_once()
    {
        var xigu = await app.UnionIdAsync("西固区总工会");
        var (groupId, _) = await app.GroupAsync(xigu, NeedCategory.LegalAid, new NeedSpec("worker11", "worker12"));
        using var staff = await app.As("xigu");
        var menu = await staff.CreateMenuAsync(MenuTestData.MenuRequest(xigu));
        var item = await staff.AddItemAsync(menu.Id, MenuTestData.Item() with { FromGroupId = groupId, Title = null, Category = null });

        var statuses = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            using var client = await app.As("xigu");
            return (await client.PostAsync($"/api/menus/{menu.Id}/publish", null)).StatusCode;
        }));
        Assert.Single(statuses, s => s == HttpStatusCode.OK);
        Assert.All(statuses.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.Conflict, s));
        var messages = await app.MessagesAsync($"/menu/items/{item.Id}");
        Assert.Equal(["worker11", "worker12"], messages.Keys.Order());
        Assert.All(messages.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task An_item_added_to_a_published_menu_is_announced_at_once()
    {
        var xigu = await app.UnionIdAsync("西固区总工会");
        var (groupId, needs) = await app.GroupAsync(xigu, NeedCategory.MutualAid, new NeedSpec("worker19", "worker20"));
        var (menu, _) = await app.PublishedItemAsync(xigu);
        using var staff = await app.As("xigu");

        var item = await staff.AddItemAsync(menu.Id, MenuTestData.Item() with { FromGroupId = groupId, Title = null, Category = null });
        Assert.Equal(["worker19", "worker20"], (await app.MessagesAsync($"/menu/items/{item.Id}")).Keys.Order());
        Assert.Equal(NeedStatus.OnMenu, await app.DbAsync(db => db.Needs.Where(n => n.Id == needs[0]).Select(n => n.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_need_already_delivered_keeps_its_status_when_another_menu_answers_it()
    {
        var xigu = await app.UnionIdAsync("西固区总工会");
        var (groupId, needs) = await app.GroupAsync(xigu, NeedCategory.SkillsTraining, new NeedSpec("worker11"));
        await app.DbAsync(db => db.Needs.Where(n => n.Id == needs[0]).ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, NeedStatus.Delivered)));
        using var staff = await app.As("xigu");
        var menu = await staff.CreateMenuAsync(MenuTestData.MenuRequest(xigu));
        await staff.AddItemAsync(menu.Id, MenuTestData.Item() with { FromGroupId = groupId, Title = null, Category = null });

        var published = await staff.PublishAsync(menu.Id);
        Assert.Equal((0, 1), (published.NeedsOnMenu, published.WorkersNotified));
        Assert.Equal(NeedStatus.Delivered, await app.DbAsync(db => db.Needs.Where(n => n.Id == needs[0]).Select(n => n.Status).SingleAsync()));
    }

    public sealed class OnSqlite(SqliteApp app) : PublishMenuTests(app);

    public sealed class OnPostgres(PostgresApp app) : PublishMenuTests(app);
}
