using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Menu;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Menu;

/// <summary>Staff create, rename, publish, close and list menus, inside their subtree only.</summary>
public abstract class MenuAdminTests(TestApp app)
{
    [Fact]
    public async Task Staff_create_a_draft_menu_for_a_union_of_their_subtree()
    {
        using var staff = await app.As("xigu");
        var unionId = await app.UnionIdAsync("西柳沟街道总工会");
        var request = MenuTestData.MenuRequest(unionId);
        var menu = await staff.CreateMenuAsync(request);

        Assert.Equal(MenuStatus.Draft, menu.Status);
        Assert.Equal("草稿", menu.StatusName);
        Assert.Equal("西柳沟街道总工会", menu.UnionName);
        Assert.Equal(request.Title, menu.Title);
        Assert.Empty(menu.Items);
        Assert.Null(menu.PublishedAt);
        var saved = await app.DbAsync(db => db.Menus.SingleAsync(m => m.Id == menu.Id));
        Assert.Equal(new DateOnly(2026, 12, 31), saved.PeriodEnd);
        var log = await app.DbAsync(db => db.OperationLogs.SingleAsync(l => l.EntityType == "ServiceMenu" && l.EntityId == menu.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(OperationKind.Created, log.Kind);
        Assert.Equal("xigu", log.UserName);
    }

    public static TheoryData<string, string> BadMenus => new()
    {
        { "empty title", "title" },
        { "long title", "title" },
        { "no start", "periodStart" },
        { "end before start", "periodEnd" },
        { "longer than a year", "periodEnd" },
        { "unknown union", "unionId" },
        { "no union", "unionId" },
    };

    [Theory]
    [MemberData(nameof(BadMenus))]
    public async Task A_bad_menu_is_a_400_naming_the_field_and_nothing_is_saved(string change, string field)
    {
        using var staff = await app.As("xigu");
        var request = MenuTestData.MenuRequest(await app.UnionIdAsync("西固区总工会"));
        switch (change)
        {
            case "empty title": request.Title = "  "; break;
            case "long title": request.Title = new string('菜', 101); break;
            case "no start": request.PeriodStart = null; break;
            case "end before start": request.PeriodEnd = new DateOnly(2026, 11, 30); break;
            case "longer than a year": request.PeriodEnd = new DateOnly(2027, 12, 31); break;
            case "unknown union": request.UnionId = 999999; break;
            case "no union": request.UnionId = 0; break;
        }
        var problem = await (await staff.PostJsonAsync("/api/menus", request)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
        Assert.All(problem.Errors()[field], m => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", m));
        Assert.False(await app.DbAsync(db => db.Menus.AnyAsync(m => m.Title == request.Title)));
    }

    [Fact]
    public async Task Staff_cannot_create_a_menu_for_another_county()
    {
        using var staff = await app.As("emeishan");
        var request = MenuTestData.MenuRequest(await app.UnionIdAsync("西固区总工会"));
        await (await staff.PostJsonAsync("/api/menus", request)).ProblemAsync(HttpStatusCode.Forbidden, "union_out_of_scope");
        Assert.False(await app.DbAsync(db => db.Menus.AnyAsync(m => m.Title == request.Title)));
    }

    [Fact]
    public async Task Workers_and_anonymous_callers_cannot_use_the_staff_menu_api()
    {
        var request = MenuTestData.MenuRequest(await app.UnionIdAsync("西固区总工会"));
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/menus")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        await (await anonymous.PostJsonAsync("/api/menus", request)).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        using var worker = await app.As("worker11");
        await (await worker.GetAsync("/api/menus")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await worker.PostJsonAsync("/api/menus", request)).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.False(await app.DbAsync(db => db.Menus.AnyAsync(m => m.Title == request.Title)));
    }

    [Fact]
    public async Task Staff_rename_a_menu_and_change_its_period()
    {
        using var staff = await app.As("xigu");
        var menu = await staff.CreateMenuAsync(MenuTestData.MenuRequest(await app.UnionIdAsync("西固区总工会")));
        var title = MenuTestData.Unique("西固区工会讲堂 2027年1月");
        var update = new UpdateMenuRequest { Title = title, PeriodStart = new DateOnly(2027, 1, 1), PeriodEnd = new DateOnly(2027, 1, 31) };
        var updated = await (await staff.PutJsonAsync($"/api/menus/{menu.Id}", update)).ReadAsync<ManagedMenu>();
        Assert.Equal(title, updated.Title);
        Assert.Equal(new DateOnly(2027, 1, 31), updated.PeriodEnd);

        update.PeriodEnd = new DateOnly(2026, 12, 1);
        var problem = await (await staff.PutJsonAsync($"/api/menus/{menu.Id}", update)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("periodEnd", problem.Errors().Keys);
        await (await staff.PutJsonAsync("/api/menus/999999", update)).ProblemAsync(HttpStatusCode.NotFound, "menu_not_found");
        Assert.Equal(new DateOnly(2027, 1, 31), (await app.DbAsync(db => db.Menus.SingleAsync(m => m.Id == menu.Id))).PeriodEnd);
    }

    [Fact]
    public async Task A_menu_is_published_once_and_a_second_publish_is_a_409()
    {
        using var staff = await app.As("xigu");
        var menu = await staff.CreateMenuAsync(MenuTestData.MenuRequest(await app.UnionIdAsync("西固区总工会")));
        await (await staff.PostAsync($"/api/menus/{menu.Id}/publish", null)).ProblemAsync(HttpStatusCode.Conflict, "menu_empty");
        await staff.AddItemAsync(menu.Id, MenuTestData.Item());

        var published = await staff.PublishAsync(menu.Id);
        Assert.Equal(TestApp.Now, published.PublishedAt);
        await (await staff.PostAsync($"/api/menus/{menu.Id}/publish", null)).ProblemAsync(HttpStatusCode.Conflict, "menu_not_draft");
        await (await staff.PostAsync("/api/menus/999999/publish", null)).ProblemAsync(HttpStatusCode.NotFound, "menu_not_found");

        var saved = await app.DbAsync(db => db.Menus.SingleAsync(m => m.Id == menu.Id));
        Assert.Equal(MenuStatus.Published, saved.Status);
        var log = await app.DbAsync(db => db.OperationLogs
            .Where(l => l.EntityType == "ServiceMenu" && l.EntityId == menu.Id.ToString(CultureInfo.InvariantCulture) && l.Kind == OperationKind.Updated)
            .SingleAsync());
        Assert.Contains("Draft", log.Before!, StringComparison.Ordinal);
        Assert.Contains("Published", log.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_menu_closes_once_and_is_then_read_only()
    {
        using var staff = await app.As("xigu");
        var menu = await staff.CreateMenuAsync(MenuTestData.MenuRequest(await app.UnionIdAsync("西固区总工会")));
        var item = await staff.AddItemAsync(menu.Id, MenuTestData.Item());
        await (await staff.PostAsync($"/api/menus/{menu.Id}/close", null)).ProblemAsync(HttpStatusCode.Conflict, "menu_not_published");
        await staff.PublishAsync(menu.Id);

        var closed = await (await staff.PostAsync($"/api/menus/{menu.Id}/close", null)).ReadAsync<ManagedMenu>();
        Assert.Equal(MenuStatus.Closed, closed.Status);
        await (await staff.PostAsync($"/api/menus/{menu.Id}/close", null)).ProblemAsync(HttpStatusCode.Conflict, "menu_closed");
        var update = new UpdateMenuRequest { Title = "改名", PeriodStart = new DateOnly(2026, 12, 1), PeriodEnd = new DateOnly(2026, 12, 31) };
        await (await staff.PutJsonAsync($"/api/menus/{menu.Id}", update)).ProblemAsync(HttpStatusCode.Conflict, "menu_closed");
        await (await staff.PostJsonAsync($"/api/menus/{menu.Id}/items", MenuTestData.Item())).ProblemAsync(HttpStatusCode.Conflict, "menu_closed");
        await (await staff.PutJsonAsync($"/api/menus/{menu.Id}/items/{item.Id}", MenuTestData.Item())).ProblemAsync(HttpStatusCode.Conflict, "menu_closed");
        await (await staff.DeleteAsync($"/api/menus/{menu.Id}/items/{item.Id}")).ProblemAsync(HttpStatusCode.Conflict, "menu_closed");
        Assert.Equal(menu.Title, (await app.DbAsync(db => db.Menus.SingleAsync(m => m.Id == menu.Id))).Title);
        Assert.Equal(1, await app.DbAsync(db => db.MenuItems.CountAsync(i => i.MenuId == menu.Id)));
    }

    [Fact]
    public async Task County_staff_cannot_read_or_change_another_countys_menu()
    {
        using var owner = await app.As("xigu");
        var menu = await owner.CreateMenuAsync(MenuTestData.MenuRequest(await app.UnionIdAsync("西固区总工会")));
        var item = await owner.AddItemAsync(menu.Id, MenuTestData.Item());
        using var other = await app.As("emeishan");
        var update = new UpdateMenuRequest { Title = "越权修改", PeriodStart = new DateOnly(2026, 12, 1), PeriodEnd = new DateOnly(2026, 12, 31) };

        await (await other.GetAsync($"/api/menus/{menu.Id}")).ProblemAsync(HttpStatusCode.Forbidden, "menu_out_of_scope");
        await (await other.PutJsonAsync($"/api/menus/{menu.Id}", update)).ProblemAsync(HttpStatusCode.Forbidden, "menu_out_of_scope");
        await (await other.PostAsync($"/api/menus/{menu.Id}/publish", null)).ProblemAsync(HttpStatusCode.Forbidden, "menu_out_of_scope");
        await (await other.PostAsync($"/api/menus/{menu.Id}/close", null)).ProblemAsync(HttpStatusCode.Forbidden, "menu_out_of_scope");
        await (await other.GetAsync($"/api/menus/{menu.Id}/need-groups")).ProblemAsync(HttpStatusCode.Forbidden, "menu_out_of_scope");
        await (await other.PostJsonAsync($"/api/menus/{menu.Id}/items", MenuTestData.Item())).ProblemAsync(HttpStatusCode.Forbidden, "menu_out_of_scope");
        await (await other.PutJsonAsync($"/api/menus/{menu.Id}/items/{item.Id}", MenuTestData.Item("越权"))).ProblemAsync(HttpStatusCode.Forbidden, "menu_out_of_scope");
        await (await other.DeleteAsync($"/api/menus/{menu.Id}/items/{item.Id}")).ProblemAsync(HttpStatusCode.Forbidden, "menu_out_of_scope");

        var saved = await app.DbAsync(db => db.Menus.SingleAsync(m => m.Id == menu.Id));
        Assert.Equal((menu.Title, MenuStatus.Draft), (saved.Title, saved.Status));
        Assert.Equal([item.Title], await app.DbAsync(db => db.MenuItems.Where(i => i.MenuId == menu.Id).Select(i => i.Title).ToListAsync()));
        var list = await (await other.GetAsync($"/api/menus?q={Uri.EscapeDataString(menu.Title)}")).ReadAsync<PagedList<MenuRow>>();
        Assert.Empty(list.Items);
        using var city = await app.As("leshan");
        await (await city.GetAsync($"/api/menus/{menu.Id}")).ProblemAsync(HttpStatusCode.Forbidden, "menu_out_of_scope");
        using var admin = await app.As("admin");
        Assert.Equal(menu.Id, (await (await admin.GetAsync($"/api/menus/{menu.Id}")).ReadAsync<ManagedMenu>()).Id);
    }

    [Fact]
    public async Task The_staff_list_pages_and_filters_by_status_union_and_title()
    {
        var unionId = await app.NewUnionAsync();
        using var staff = await app.As("xigu");
        var draft = await staff.CreateMenuAsync(MenuTestData.MenuRequest(unionId, MenuTestData.Unique("草稿菜单")));
        var published = await staff.CreateMenuAsync(MenuTestData.MenuRequest(unionId, MenuTestData.Unique("已发布菜单")) with
        {
            PeriodStart = new DateOnly(2027, 1, 1), PeriodEnd = new DateOnly(2027, 1, 31),
        });
        await staff.AddItemAsync(published.Id, MenuTestData.Item());
        await staff.AddItemAsync(published.Id, MenuTestData.Item());
        await staff.PublishAsync(published.Id);

        var all = await (await staff.GetAsync($"/api/menus?union={unionId}")).ReadAsync<PagedList<MenuRow>>();
        Assert.Equal([published.Id, draft.Id], all.Items.Select(m => m.Id));
        Assert.Equal(2, all.Items[0].ItemCount);
        Assert.Equal("已发布", all.Items[0].StatusName);

        var drafts = await (await staff.GetAsync($"/api/menus?union={unionId}&status=草稿")).ReadAsync<PagedList<MenuRow>>();
        Assert.Equal(draft.Id, Assert.Single(drafts.Items).Id);
        var byTitle = await (await staff.GetAsync($"/api/menus?q={Uri.EscapeDataString(published.Title)}")).ReadAsync<PagedList<MenuRow>>();
        Assert.Equal(published.Id, Assert.Single(byTitle.Items).Id);
        var paged = await (await staff.GetAsync($"/api/menus?union={unionId}&page=2&pageSize=1")).ReadAsync<PagedList<MenuRow>>();
        Assert.Equal((2, draft.Id), (paged.Total, Assert.Single(paged.Items).Id));

        var bad = await (await staff.GetAsync("/api/menus?status=Cooking&pageSize=0")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("status", bad.Errors().Keys);
        Assert.Contains("pageSize", bad.Errors().Keys);
        var unknown = await (await staff.GetAsync("/api/menus?union=999999")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("union", unknown.Errors().Keys);
    }

    public sealed class OnSqlite(SqliteApp app) : MenuAdminTests(app);

    public sealed class OnPostgres(PostgresApp app) : MenuAdminTests(app);
}
