using System.Net;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Menu;

/// <summary>Workers browse published menus by category, site, day and union, and open an item with its seats.</summary>
public abstract class WorkerMenuTests(TestApp app)
{
    [Fact]
    public async Task The_menu_lists_items_of_published_menus_soonest_session_first_with_seats_left()
    {
        var unionId = await app.NewUnionAsync();
        using var staff = await app.As("xigu");
        var menu = await staff.CreateMenuAsync(MenuTestData.MenuRequest(unionId));
        var later = await staff.AddItemAsync(menu.Id, MenuTestData.Item("心理健康讲座", NeedCategory.Psychology));
        var sooner = await staff.AddItemAsync(menu.Id, MenuTestData.Item("《民法典》婚姻家庭编", NeedCategory.LegalAid));
        var waiting = await staff.AddItemAsync(menu.Id, MenuTestData.Item("子女暑期托管", NeedCategory.ChildCare) with { Channel = DeliveryChannel.Online });
        await staff.PublishAsync(menu.Id);
        await app.SessionAsync(later.Id, MenuTestData.Beijing(12, 10, 19));
        await app.SessionAsync(sooner.Id, MenuTestData.Beijing(12, 4, 19, 30), capacity: 20, confirmed: 15);
        await app.SessionAsync(sooner.Id, MenuTestData.Beijing(12, 11, 19));
        await app.SessionAsync(sooner.Id, MenuTestData.Beijing(12, 1, 19));
        await app.SessionAsync(sooner.Id, MenuTestData.Beijing(12, 3, 19), status: SessionStatus.Cancelled);
        var draft = await staff.CreateMenuAsync(MenuTestData.MenuRequest(unionId));
        await staff.AddItemAsync(draft.Id, MenuTestData.Item("草稿里的项目"));

        using var anonymous = app.Anonymous();
        var page = await (await anonymous.GetAsync($"/api/menu?union={unionId}")).ReadAsync<PagedList<MenuCard>>();
        Assert.Equal([sooner.Id, later.Id, waiting.Id], page.Items.Select(i => i.Id));
        var first = page.Items[0];
        Assert.Equal((menu.Title, "讲", "线下", 20, 2), (first.MenuTitle, first.ModeName, first.ChannelName, first.ClassSize, first.UpcomingSessions));
        Assert.Equal(("12月4日 周五 19:30", "西柳沟街道上坎社区职工之家", 5), (first.NextSession!.StartsText, first.NextSession.PlaceName, first.NextSession.SeatsLeft));
        Assert.Null(page.Items[2].NextSession);
        Assert.Equal(("线上", 0), (page.Items[2].ChannelName, page.Items[2].UpcomingSessions));

        var paged = await (await anonymous.GetAsync($"/api/menu?union={unionId}&page=2&pageSize=2")).ReadAsync<PagedList<MenuCard>>();
        Assert.Equal((3, waiting.Id), (paged.Total, Assert.Single(paged.Items).Id));
    }

    [Fact]
    public async Task The_menu_filters_by_category_site_and_day_in_beijing_time()
    {
        var unionId = await app.NewUnionAsync();
        var (_, talk) = await app.PublishedItemAsync(unionId, MenuTestData.Item("法律知识讲座", NeedCategory.LegalAid));
        var (_, yoga) = await app.PublishedItemAsync(unionId, MenuTestData.Item("工间瑜伽", NeedCategory.CultureAndSports));
        // 00:30 on 8 December in Beijing is still 7 December in UTC.
        await app.SessionAsync(talk.Id, MenuTestData.Beijing(12, 8, 0, 30), site: "福利路街道福利西路社区职工之家");
        await app.SessionAsync(yoga.Id, MenuTestData.Beijing(12, 7, 23, 30), site: null);
        var siteId = await app.SiteIdAsync("福利路街道福利西路社区职工之家");

        using var worker = await app.As("worker12");
        async Task<IEnumerable<int>> Ids(string filter) =>
            (await (await worker.GetAsync($"/api/menu?union={unionId}&{filter}")).ReadAsync<PagedList<MenuCard>>()).Items.Select(i => i.Id);
        Assert.Equal([talk.Id], await Ids("category=LegalAid"));
        Assert.Equal([yoga.Id], await Ids($"category={Uri.EscapeDataString("文体活动")}"));
        Assert.Equal([talk.Id], await Ids($"site={siteId}"));
        Assert.Equal([talk.Id], await Ids("date=2026-12-08"));
        Assert.Equal([yoga.Id], await Ids("date=2026-12-07"));
        Assert.Empty(await Ids("date=2026-12-09"));
        Assert.Equal([talk.Id], await Ids($"date=2026-12-08&site={siteId}&category=法律援助"));

        // A card filtered by day shows that day's session, not the item's soonest.
        var tenth = await app.SessionAsync(talk.Id, MenuTestData.Beijing(12, 10, 19), site: "福利路街道福利西路社区职工之家");
        var card = Assert.Single((await (await worker.GetAsync($"/api/menu?union={unionId}&date=2026-12-10")).ReadAsync<PagedList<MenuCard>>()).Items);
        Assert.Equal((talk.Id, tenth, 2), (card.Id, card.NextSession?.Id, card.UpcomingSessions));

        var sites = await app.AsUserAsync<GetMenu, IReadOnlyList<MenuSite>>(null, h => h.SitesAsync(CancellationToken.None));
        Assert.Contains(sites, s => s.Id == siteId);
    }

    [Fact]
    public async Task Menus_of_a_union_subtree_and_only_open_periods_are_listed()
    {
        var parent = await app.NewUnionAsync();
        var child = await app.NewUnionUnderAsync(parent);
        var (_, own) = await app.PublishedItemAsync(parent);
        var (_, below) = await app.PublishedItemAsync(child);
        using var staff = await app.As("xigu");
        var past = await staff.CreateMenuAsync(MenuTestData.MenuRequest(parent) with { PeriodStart = new DateOnly(2026, 11, 1), PeriodEnd = new DateOnly(2026, 12, 1) });
        await staff.AddItemAsync(past.Id, MenuTestData.Item());
        await staff.PublishAsync(past.Id);
        var (closedMenu, closedItem) = await app.PublishedItemAsync(parent);
        await staff.PostAsync($"/api/menus/{closedMenu.Id}/close", null);

        using var anonymous = app.Anonymous();
        var parentPage = await (await anonymous.GetAsync($"/api/menu?union={parent}")).ReadAsync<PagedList<MenuCard>>();
        Assert.Equal([own.Id, below.Id], parentPage.Items.Select(i => i.Id).Order());
        var childPage = await (await anonymous.GetAsync($"/api/menu?union={child}")).ReadAsync<PagedList<MenuCard>>();
        Assert.Equal([below.Id], childPage.Items.Select(i => i.Id));
        Assert.DoesNotContain(closedItem.Id, parentPage.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Bad_menu_filters_are_a_400_naming_the_field()
    {
        using var anonymous = app.Anonymous();
        var problem = await (await anonymous.GetAsync("/api/menu?category=Cooking&pageSize=101")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("category", problem.Errors().Keys);
        Assert.Contains("pageSize", problem.Errors().Keys);
        var date = await (await anonymous.GetAsync("/api/menu?date=2026-13-45")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("date", date.Errors().Keys);
        var union = await (await anonymous.GetAsync("/api/menu?union=999999")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("union", union.Errors().Keys);
    }

    [Fact]
    public async Task An_item_shows_each_upcoming_session_with_seats_waiting_list_and_place()
    {
        var unionId = await app.NewUnionAsync();
        var (menu, item) = await app.PublishedItemAsync(unionId);
        var full = await app.SessionAsync(item.Id, MenuTestData.Beijing(12, 5, 19), capacity: 2, confirmed: 2);
        var online = await app.SessionAsync(item.Id, MenuTestData.Beijing(12, 12, 20), capacity: 30, confirmed: 4, site: null);
        await app.SessionAsync(item.Id, MenuTestData.Beijing(11, 28, 19));
        await app.OrderAsync(full, "worker11", OrderStatus.Waitlisted, ticket: 1);
        await app.OrderAsync(full, "worker12", OrderStatus.Waitlisted, ticket: 2);
        await app.OrderAsync(full, "worker13", OrderStatus.Cancelled);

        using var worker = await app.As("worker14");
        var detail = await (await worker.GetAsync($"/api/menu/items/{item.Id}")).ReadAsync<MenuItemDetail>();
        Assert.Equal((menu.Title, MenuStatus.Published, true, false, false), (detail.Menu.Title, detail.Menu.Status, detail.IsOpen, detail.Interested, detail.CanManage));
        Assert.Equal(("社区职工", "志愿者", "集中"), (detail.TargetGroup, detail.ProviderTypeName, detail.ScaleName));
        Assert.Equal([full, online], detail.Sessions.Select(s => s.Id));
        var first = detail.Sessions[0];
        Assert.Equal((2, 2, 2, 0), (first.Capacity, first.Confirmed, first.Waitlisted, first.SeatsLeft));
        Assert.Equal(("12月5日 周六 19:00", "西柳沟街道上坎社区职工之家", false), (first.StartsText, first.PlaceName, first.IsOnline));
        Assert.Equal("西固区西柳沟街道上坎社区 二楼职工讲堂", first.Address);
        var second = detail.Sessions[1];
        Assert.Equal(("线上", true, null, 26, 0), (second.PlaceName, second.IsOnline, second.Address, second.SeatsLeft, second.Waitlisted));

        using var staff = await app.As("xigu");
        Assert.True((await (await staff.GetAsync($"/api/menu/items/{item.Id}")).ReadAsync<MenuItemDetail>()).CanManage);
        await (await worker.GetAsync("/api/menu/items/999999")).ProblemAsync(HttpStatusCode.NotFound, "menu_item_not_found");
    }

    [Fact]
    public async Task An_item_of_a_draft_menu_is_hidden_from_workers_but_not_from_staff_in_scope()
    {
        using var staff = await app.As("xigu");
        var menu = await staff.CreateMenuAsync(MenuTestData.MenuRequest(await app.NewUnionAsync()));
        var item = await staff.AddItemAsync(menu.Id, MenuTestData.Item());
        var url = $"/api/menu/items/{item.Id}";

        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound, "menu_item_not_found");
        using var worker = await app.As("worker11");
        await (await worker.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound, "menu_item_not_found");
        using var other = await app.As("emeishan");
        await (await other.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound, "menu_item_not_found");
        var seen = await (await staff.GetAsync(url)).ReadAsync<MenuItemDetail>();
        Assert.Equal((MenuStatus.Draft, false, true), (seen.Menu.Status, seen.IsOpen, seen.CanManage));
    }

    public sealed class OnSqlite(SqliteApp app) : WorkerMenuTests(app);

    public sealed class OnPostgres(PostgresApp app) : WorkerMenuTests(app);
}
