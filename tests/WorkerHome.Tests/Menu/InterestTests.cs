using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Menu;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Menu;

/// <summary>
/// Workers register interest (点单意向) in items without a session; the count is exact under concurrency and the
/// staff of the menu's union are prompted to schedule exactly once when it reaches the class size.
/// </summary>
public abstract class InterestTests(TestApp app)
{
    [Fact]
    public async Task A_worker_registers_interest_once_and_can_withdraw_it()
    {
        var (_, item) = await app.PublishedItemAsync(await app.NewUnionAsync());
        var url = $"/api/menu/items/{item.Id}/interest";
        using var worker = await app.As("worker11");

        var first = await (await worker.PostAsync(url, null)).ReadAsync<InterestState>(HttpStatusCode.Created);
        Assert.Equal((1, 20, true), (first.InterestCount, first.ClassSize, first.Interested));
        var repeat = await (await worker.PostAsync(url, null)).ReadAsync<InterestState>();
        Assert.Equal((1, true), (repeat.InterestCount, repeat.Interested));
        Assert.True((await (await worker.GetAsync($"/api/menu/items/{item.Id}")).ReadAsync<MenuItemDetail>()).Interested);
        using var other = await app.As("worker12");
        var seenByOther = await (await other.GetAsync($"/api/menu/items/{item.Id}")).ReadAsync<MenuItemDetail>();
        Assert.Equal((1, false), (seenByOther.InterestCount, seenByOther.Interested));

        var withdrawn = await (await worker.DeleteAsync(url)).ReadAsync<InterestState>();
        Assert.Equal((0, false), (withdrawn.InterestCount, withdrawn.Interested));
        var again = await (await worker.DeleteAsync(url)).ReadAsync<InterestState>();
        Assert.Equal(0, again.InterestCount);
        Assert.False(await app.DbAsync(db => db.ItemInterests.AnyAsync(x => x.MenuItemId == item.Id)));
    }

    [Fact]
    public async Task Interest_needs_a_signed_in_worker_and_an_item_of_an_open_menu()
    {
        var unionId = await app.NewUnionAsync();
        using var staff = await app.As("xigu");
        var draft = await staff.CreateMenuAsync(MenuTestData.MenuRequest(unionId));
        var draftItem = await staff.AddItemAsync(draft.Id, MenuTestData.Item());
        var (closed, closedItem) = await app.PublishedItemAsync(unionId);
        await staff.PostAsync($"/api/menus/{closed.Id}/close", null);

        using var anonymous = app.Anonymous();
        await (await anonymous.PostAsync($"/api/menu/items/{closedItem.Id}/interest", null)).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        using var worker = await app.As("worker11");
        await (await worker.PostAsync($"/api/menu/items/{draftItem.Id}/interest", null)).ProblemAsync(HttpStatusCode.NotFound, "menu_item_not_found");
        await (await worker.PostAsync("/api/menu/items/999999/interest", null)).ProblemAsync(HttpStatusCode.NotFound, "menu_item_not_found");
        await (await worker.PostAsync($"/api/menu/items/{closedItem.Id}/interest", null)).ProblemAsync(HttpStatusCode.Conflict, "menu_closed");
        await (await worker.DeleteAsync($"/api/menu/items/{closedItem.Id}/interest")).ProblemAsync(HttpStatusCode.Conflict, "menu_closed");
        await (await worker.DeleteAsync($"/api/menu/items/{draftItem.Id}/interest")).ProblemAsync(HttpStatusCode.NotFound, "menu_item_not_found");
        Assert.False(await app.DbAsync(db => db.ItemInterests.AnyAsync(x => x.MenuItemId == draftItem.Id || x.MenuItemId == closedItem.Id)));
    }

    [Fact]
    public async Task Reaching_the_class_size_prompts_the_staff_of_the_menus_union_once()
    {
        // A community union without staff of its own: the staff of the nearest union above (西固区总工会) are told.
        var (_, item) = await app.PublishedItemAsync(await app.NewUnionAsync(), MenuTestData.Item(classSize: 3));
        var link = $"/console/sessions?item={item.Id}";
        foreach (var name in new[] { "worker11", "worker12" })
        {
            using var worker = await app.As(name);
            await (await worker.PostAsync($"/api/menu/items/{item.Id}/interest", null)).ReadAsync<InterestState>(HttpStatusCode.Created);
        }
        Assert.Empty(await app.MessagesAsync(link));
        Assert.Null(await app.DbAsync(db => db.MenuItems.Where(i => i.Id == item.Id).Select(i => i.SchedulingPromptedAt).SingleAsync()));

        foreach (var name in new[] { "worker13", "worker14" })
        {
            using var worker = await app.As(name);
            await (await worker.PostAsync($"/api/menu/items/{item.Id}/interest", null)).ReadAsync<InterestState>(HttpStatusCode.Created);
        }
        Assert.Equal(new Dictionary<string, int> { ["xigu"] = 1 }, await app.MessagesAsync(link));
        var message = await app.DbAsync(db => db.Notifications.SingleAsync(n => n.Link == link));
        Assert.Equal($"《{item.Title}》点单意向已满 3 人，请排期", message.Title);
        Assert.Equal(TestApp.Now, await app.DbAsync(db => db.MenuItems.Where(i => i.Id == item.Id).Select(i => i.SchedulingPromptedAt).SingleAsync()));
    }

    [Fact]
    public async Task Forty_workers_at_once_on_a_class_of_twenty_count_forty_and_prompt_each_staff_member_once()
    {
        var unionId = await app.NewUnionAsync();
        var staffNames = (await app.CreateAsync(2, "staff")).Select(s => s.UserName).ToList();
        await app.GrantStaffAsync(unionId, staffNames);
        var (_, item) = await app.PublishedItemAsync(unionId, MenuTestData.Item(classSize: 20));
        var clients = (await app.CreateAsync(40, "keen")).Select(w =>
        {
            var client = app.Anonymous();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", w.Token);
            return client;
        }).ToArray();
        using var start = new SemaphoreSlim(0);

        var requests = clients.Select(async client =>
        {
            await start.WaitAsync();
            return (await client.PostAsync($"/api/menu/items/{item.Id}/interest", null)).StatusCode;
        }).ToList();
        start.Release(clients.Length);
        var statuses = await Task.WhenAll(requests);
        foreach (var client in clients)
        {
            client.Dispose();
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Created, s));
        var saved = await app.DbAsync(db => db.MenuItems.AsNoTracking().SingleAsync(i => i.Id == item.Id));
        Assert.Equal(40, saved.InterestCount);
        Assert.NotNull(saved.SchedulingPromptedAt);
        Assert.Equal(40, await app.DbAsync(db => db.ItemInterests.CountAsync(x => x.MenuItemId == item.Id)));
        var messages = await app.MessagesAsync($"/console/sessions?item={item.Id}");
        Assert.Equal(staffNames.Order(), messages.Keys.Order());
        Assert.All(messages.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task A_double_tap_by_one_worker_counts_once()
    {
        var (_, item) = await app.PublishedItemAsync(await app.NewUnionAsync());
        using var worker = await app.As("worker15");
        var statuses = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
            (await worker.PostAsync($"/api/menu/items/{item.Id}/interest", null)).StatusCode));

        Assert.Single(statuses, s => s == HttpStatusCode.Created);
        Assert.All(statuses.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(1, await app.DbAsync(db => db.MenuItems.Where(i => i.Id == item.Id).Select(i => i.InterestCount).SingleAsync()));
    }

    public sealed class OnSqlite(SqliteApp app) : InterestTests(app);

    public sealed class OnPostgres(PostgresApp app) : InterestTests(app);
}
