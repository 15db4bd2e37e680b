using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Orders;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Menu;

/// <summary>Staff add items from scratch or from a need group, edit them, and remove them while nobody has ordered.</summary>
public abstract class MenuItemTests(TestApp app)
{
    [Fact]
    public async Task An_item_from_scratch_keeps_what_staff_entered_and_defaults_the_class_size_to_20()
    {
        using var staff = await app.As("xigu");
        var menu = await staff.CreateMenuAsync(MenuTestData.MenuRequest(await app.UnionIdAsync("西固区总工会")));
        var input = MenuTestData.Item();
        var json = new
        {
            input.Title, category = "LegalAid", description = "  法院志愿者主讲  ", mode = "Lecture", scale = "Distributed",
            channel = "Either", providerType = "Partner", targetGroup = "",
        };
        var item = await (await staff.PostJsonAsync($"/api/menus/{menu.Id}/items", json)).ReadAsync<ManagedMenuItem>(HttpStatusCode.Created);

        Assert.Equal(20, item.ClassSize);
        Assert.Equal((input.Title, NeedCategory.LegalAid, "法律援助"), (item.Title, item.Category, item.CategoryName));
        Assert.Equal(("讲", "分散", "线上线下均可", "合作单位"), (item.ModeName, item.ScaleName, item.ChannelName, item.ProviderTypeName));
        Assert.Equal("法院志愿者主讲", item.Description);
        Assert.Null(item.TargetGroup);
        Assert.Null(item.GroupId);
        Assert.Equal(0, item.NeedCount);
        Assert.True(item.CanRemove);
        var saved = await app.DbAsync(db => db.MenuItems.SingleAsync(i => i.Id == item.Id));
        Assert.Equal(await app.UnionIdAsync("西固区总工会"), saved.UnionId);
    }

    [Fact]
    public async Task An_item_from_a_group_takes_its_title_and_category_and_links_its_approved_needs()
    {
        var unionId = await app.UnionIdAsync("西柳沟街道总工会");
        var (groupId, needs) = await app.GroupAsync(unionId, NeedCategory.EmploymentRights,
            new NeedSpec("worker11", "worker12"), new NeedSpec("worker13"), new NeedSpec("worker14", [], ModerationStatus.Pending));
        var groupTitle = await app.DbAsync(db => db.NeedGroups.Where(g => g.Id == groupId).Select(g => g.Title).SingleAsync());
        using var staff = await app.As("xigu");
        var menu = await staff.CreateMenuAsync(MenuTestData.MenuRequest(await app.UnionIdAsync("西固区总工会")));

        var input = MenuTestData.Item() with { FromGroupId = groupId, Title = null, Category = null };
        var item = await staff.AddItemAsync(menu.Id, input);
        Assert.Equal((groupTitle, NeedCategory.EmploymentRights, groupId, groupTitle), (item.Title, item.Category, item.GroupId, item.GroupTitle));
        Assert.Equal(2, item.NeedCount);
        var linked = await app.DbAsync(db => db.MenuItemNeeds.Where(l => l.MenuItemId == item.Id).Select(l => l.NeedId).OrderBy(id => id).ToListAsync());
        Assert.Equal(needs.Take(2), linked);
        // A draft tells nobody and moves nothing yet.
        Assert.All(await app.DbAsync(db => db.Needs.Where(n => needs.Contains(n.Id)).ToListAsync()), n => Assert.NotEqual(NeedStatus.OnMenu, n.Status));

        var renamed = await staff.AddItemAsync(menu.Id, input with { Title = "劳动合同法小班课", Category = NeedCategory.LegalAid });
        Assert.Equal(("劳动合同法小班课", NeedCategory.LegalAid, 2), (renamed.Title, renamed.Category, renamed.NeedCount));
    }

    [Fact]
    public async Task The_group_picker_lists_the_menus_subtree_hottest_first()
    {
        var unionId = await app.NewUnionAsync("西柳沟街道总工会");
        var (cool, _) = await app.GroupAsync(unionId, NeedCategory.Psychology, new NeedSpec("worker11"));
        var (hot, _) = await app.GroupAsync(unionId, NeedCategory.EmploymentRights,
            new NeedSpec("worker11", "worker12", "worker13"), new NeedSpec("worker12", "worker11"), new NeedSpec("worker14"));
        var (pendingOnly, _) = await app.GroupAsync(unionId, NeedCategory.Other, new NeedSpec("worker15", [], ModerationStatus.Pending));
        var (elsewhere, _) = await app.GroupAsync(await app.UnionIdAsync("峨眉山市总工会"), NeedCategory.Other, new NeedSpec("worker01"));
        using var staff = await app.As("xigu");
        var menu = await staff.CreateMenuAsync(MenuTestData.MenuRequest(unionId));
        await staff.AddItemAsync(menu.Id, MenuTestData.Item() with { FromGroupId = cool, Title = null, Category = null });

        var options = await (await staff.GetAsync($"/api/menus/{menu.Id}/need-groups")).ReadAsync<List<GroupOption>>();
        Assert.Equal([hot, cool], options.Select(o => o.Id));
        Assert.Equal((3, 4, false), (options[0].NeedCount, options[0].Heat, options[0].OnThisMenu));
        Assert.Equal((1, 1, true), (options[1].NeedCount, options[1].Heat, options[1].OnThisMenu));
        Assert.Equal("就业维权", options[0].CategoryName);
        Assert.DoesNotContain(options, o => o.Id == pendingOnly || o.Id == elsewhere);
        await (await staff.GetAsync("/api/menus/999999/need-groups")).ProblemAsync(HttpStatusCode.NotFound, "menu_not_found");
    }

    [Fact]
    public async Task A_group_that_is_missing_merged_or_outside_the_menus_union_is_refused_and_nothing_is_added()
    {
        var xigu = await app.UnionIdAsync("西固区总工会");
        var (foreign, _) = await app.GroupAsync(await app.UnionIdAsync("峨眉山市总工会"), NeedCategory.LegalAid, new NeedSpec("worker01"));
        var (target, _) = await app.GroupAsync(xigu, NeedCategory.LegalAid, new NeedSpec("worker11"));
        var (merged, _) = await app.GroupAsync(xigu, NeedCategory.LegalAid, new NeedSpec("worker12"));
        await app.DbAsync(db => db.NeedGroups.Where(g => g.Id == merged).ExecuteUpdateAsync(s => s.SetProperty(g => g.MergedIntoId, target)));
        using var staff = await app.As("xigu");
        var menu = await staff.CreateMenuAsync(MenuTestData.MenuRequest(xigu));
        var url = $"/api/menus/{menu.Id}/items";
        var input = MenuTestData.Item() with { Title = null, Category = null };

        await (await staff.PostJsonAsync(url, input with { FromGroupId = 999999 })).ProblemAsync(HttpStatusCode.NotFound, "need_group_not_found");
        await (await staff.PostJsonAsync(url, input with { FromGroupId = foreign })).ProblemAsync(HttpStatusCode.Forbidden, "need_group_out_of_scope");
        var problem = await (await staff.PostJsonAsync(url, input with { FromGroupId = merged })).ProblemAsync(HttpStatusCode.Conflict, "need_group_merged");
        Assert.Contains(target.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.MenuItems.CountAsync(i => i.MenuId == menu.Id)));
    }

    public static TheoryData<string, string> BadItems => new()
    {
        { "no title", "title" },
        { "long title", "title" },
        { "no category", "category" },
        { "unknown category number", "category" },
        { "no mode", "mode" },
        { "unknown mode", "mode" },
        { "no channel", "channel" },
        { "no provider", "providerType" },
        { "long description", "description" },
        { "long target group", "targetGroup" },
        { "class size 0", "classSize" },
        { "class size 501", "classSize" },
    };

    [Theory]
    [MemberData(nameof(BadItems))]
    public async Task A_bad_item_is_a_400_naming_the_field_in_chinese_and_nothing_is_saved(string change, string field)
    {
        using var staff = await app.As("xigu");
        var menu = await staff.CreateMenuAsync(MenuTestData.MenuRequest(await app.UnionIdAsync("西固区总工会")));
        var input = MenuTestData.Item();
        object body = input;
        switch (change)
        {
            case "no title": input.Title = " "; break;
            case "long title": input.Title = new string('讲', 101); break;
            case "no category": input.Category = null; break;
            case "unknown category number": input.Category = (NeedCategory)99; break;
            case "no mode": input.Mode = null; break;
            case "unknown mode": body = new { input.Title, input.Category, mode = "Dance", input.Scale, input.Channel, input.ProviderType }; break;
            case "no channel": input.Channel = null; break;
            case "no provider": input.ProviderType = null; break;
            case "long description": input.Description = new string('介', 2001); break;
            case "long target group": input.TargetGroup = new string('群', 101); break;
            case "class size 0": input.ClassSize = 0; break;
            case "class size 501": input.ClassSize = 501; break;
        }
        var problem = await (await staff.PostJsonAsync($"/api/menus/{menu.Id}/items", body)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
        Assert.All(problem.Errors()[field], m => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", m));
        Assert.Equal(0, await app.DbAsync(db => db.MenuItems.CountAsync(i => i.MenuId == menu.Id)));
    }

    [Fact]
    public async Task The_handler_itself_refuses_what_the_api_annotations_would_catch()
    {
        var menuId = await app.AsUserAsync<CreateMenu, int>("xigu", async h =>
            (await h.HandleAsync(MenuTestData.MenuRequest(await app.UnionIdAsync("西固区总工会")), CancellationToken.None)).Value.Id);
        var input = MenuTestData.Item() with { Title = new string('讲', 101), ClassSize = 0, Mode = null };
        var outcome = await app.AsUserAsync<AddMenuItem, WorkerHome.Infrastructure.Problems.Outcome<ManagedMenuItem>>("xigu",
            h => h.HandleAsync(menuId, input, CancellationToken.None));
        Assert.Equal("validation_failed", outcome.Problem!.Code);
        Assert.Equal(["classSize", "mode", "title"], outcome.Problem.Errors!.Keys.Order());
    }

    [Fact]
    public async Task Staff_edit_an_item_and_the_needs_it_answers_stay_linked()
    {
        var xigu = await app.UnionIdAsync("西固区总工会");
        var (groupId, _) = await app.GroupAsync(xigu, NeedCategory.WomenWorkers, new NeedSpec("worker11"));
        using var staff = await app.As("xigu");
        var menu = await staff.CreateMenuAsync(MenuTestData.MenuRequest(xigu));
        var item = await staff.AddItemAsync(menu.Id, MenuTestData.Item() with { FromGroupId = groupId, Title = null, Category = null });

        var edit = MenuTestData.Item("女职工权益保护专题", NeedCategory.WomenWorkers, classSize: 30) with { Mode = ServiceMode.Help };
        var updated = await (await staff.PutJsonAsync($"/api/menus/{menu.Id}/items/{item.Id}", edit)).ReadAsync<ManagedMenuItem>();
        Assert.Equal(("女职工权益保护专题", 30, ServiceMode.Help, 1, groupId), (updated.Title, updated.ClassSize, updated.Mode, updated.NeedCount, updated.GroupId));

        var bad = await (await staff.PutJsonAsync($"/api/menus/{menu.Id}/items/{item.Id}", edit with { Title = "", Category = null })).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("title", bad.Errors().Keys);
        Assert.Contains("category", bad.Errors().Keys);
        await (await staff.PutJsonAsync($"/api/menus/{menu.Id}/items/999999", edit)).ProblemAsync(HttpStatusCode.NotFound, "menu_item_not_found");
        var otherMenu = await staff.CreateMenuAsync(MenuTestData.MenuRequest(xigu));
        await (await staff.PutJsonAsync($"/api/menus/{otherMenu.Id}/items/{item.Id}", edit)).ProblemAsync(HttpStatusCode.NotFound, "menu_item_not_found");
        Assert.Equal("女职工权益保护专题", await app.DbAsync(db => db.MenuItems.Where(i => i.Id == item.Id).Select(i => i.Title).SingleAsync()));
    }

    [Fact]
    public async Task An_item_without_orders_is_removed_with_its_sessions()
    {
        using var staff = await app.As("xigu");
        var menu = await staff.CreateMenuAsync(MenuTestData.MenuRequest(await app.UnionIdAsync("西固区总工会")));
        var item = await staff.AddItemAsync(menu.Id, MenuTestData.Item());
        await app.SessionAsync(item.Id, MenuTestData.Beijing(12, 9, 19));

        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/menus/{menu.Id}/items/{item.Id}")).StatusCode);
        Assert.False(await app.DbAsync(db => db.MenuItems.AnyAsync(i => i.Id == item.Id)));
        Assert.False(await app.DbAsync(db => db.Sessions.AnyAsync(s => s.MenuItemId == item.Id)));
        await (await staff.DeleteAsync($"/api/menus/{menu.Id}/items/{item.Id}")).ProblemAsync(HttpStatusCode.NotFound, "menu_item_not_found");
    }

    [Fact]
    public async Task An_item_with_an_order_cannot_be_removed()
    {
        using var staff = await app.As("xigu");
        var menu = await staff.CreateMenuAsync(MenuTestData.MenuRequest(await app.UnionIdAsync("西固区总工会")));
        var item = await staff.AddItemAsync(menu.Id, MenuTestData.Item());
        var session = await app.SessionAsync(item.Id, MenuTestData.Beijing(12, 9, 19), confirmed: 0);
        await app.OrderAsync(session, "worker11", OrderStatus.Cancelled);

        await (await staff.DeleteAsync($"/api/menus/{menu.Id}/items/{item.Id}")).ProblemAsync(HttpStatusCode.Conflict, "menu_item_has_orders");
        Assert.True(await app.DbAsync(db => db.MenuItems.AnyAsync(i => i.Id == item.Id)));
        Assert.True(await app.DbAsync(db => db.Sessions.AnyAsync(s => s.Id == session)));
        var managed = await (await staff.GetAsync($"/api/menus/{menu.Id}")).ReadAsync<ManagedMenu>();
        Assert.False(Assert.Single(managed.Items).CanRemove);
    }

    [Fact]
    public async Task Removing_a_published_item_takes_its_needs_off_the_menu_unless_another_item_still_answers_them()
    {
        var xigu = await app.UnionIdAsync("西固区总工会");
        var (alone, aloneNeeds) = await app.GroupAsync(xigu, NeedCategory.ChildCare, new NeedSpec("worker11"));
        var (shared, sharedNeeds) = await app.GroupAsync(xigu, NeedCategory.ChildCare, new NeedSpec("worker12"));
        using var staff = await app.As("xigu");
        var menu = await staff.CreateMenuAsync(MenuTestData.MenuRequest(xigu));
        var first = await staff.AddItemAsync(menu.Id, MenuTestData.Item() with { FromGroupId = alone, Title = null, Category = null });
        var second = await staff.AddItemAsync(menu.Id, MenuTestData.Item() with { FromGroupId = shared, Title = null, Category = null });
        await staff.AddItemAsync(menu.Id, MenuTestData.Item() with { FromGroupId = shared, Title = null, Category = null });
        await staff.PublishAsync(menu.Id);

        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/menus/{menu.Id}/items/{first.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/menus/{menu.Id}/items/{second.Id}")).StatusCode);
        Assert.Equal(NeedStatus.Grouped, await app.DbAsync(db => db.Needs.Where(n => n.Id == aloneNeeds[0]).Select(n => n.Status).SingleAsync()));
        Assert.Equal(NeedStatus.OnMenu, await app.DbAsync(db => db.Needs.Where(n => n.Id == sharedNeeds[0]).Select(n => n.Status).SingleAsync()));
    }

    public sealed class OnSqlite(SqliteApp app) : MenuItemTests(app);

    public sealed class OnPostgres(PostgresApp app) : MenuItemTests(app);
}
