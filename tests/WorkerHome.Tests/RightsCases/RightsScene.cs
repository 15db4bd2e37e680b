using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.RightsCases;
using WorkerHome.Testing;

namespace WorkerHome.Tests.RightsCases;

/// <summary>The unions of the scope matrix, a few fresh workers and a legal volunteer serving 峨眉山市.</summary>
public sealed record RightsScene(int Emeishan, int Jingyan, int Leshan, IReadOnlyList<TestWorker> Workers, TestVolunteer Lawyer, TestVolunteer OtherLawyer);

public static class RightsSceneData
{
    public static async Task<RightsScene> RightsSceneAsync(this TestApp app, int workers = 2)
    {
        var emeishan = await app.UnionIdAsync("峨眉山市总工会");
        var jingyan = await app.UnionIdAsync("井研县总工会");
        var leshan = await app.UnionIdAsync("乐山市总工会");
        var lawyers = await app.CreateVerifiedAsync(emeishan, 2);
        var ids = lawyers.Select(l => l.Person.Id).ToList();
        await app.DbAsync(db => db.Users.Where(u => ids.Contains(u.Id)).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, "援助律师")));
        return new RightsScene(emeishan, jingyan, leshan, await app.CreateAsync(workers, "rw"), lawyers[0], lawyers[1]);
    }

    public static RightsCaseInput Input(int unionId, string description = "公司拖欠三个月工资，多次讨要未果。", long? amountFen = 1_250_000) => new()
    {
        Category = RightsCategory.UnpaidWages, EmployerName = "峨眉山某建筑公司", Description = description, AmountFen = amountFen,
        UnionId = unionId, Phone = "13812345678", Consent = true,
    };

    public static async Task<RightsCaseDetail> SubmitAsync(this TestApp app, TestWorker worker, RightsCaseInput input)
    {
        using var client = app.Bearer(worker);
        return await (await client.PostJsonAsync("/api/rights/cases", input)).ReadAsync<RightsCaseDetail>(HttpStatusCode.Created);
    }

    public static async Task<RightsCaseDetail> StaffViewAsync(this HttpClient staff, int id) =>
        await (await staff.GetAsync($"/api/console/rights/cases/{id}")).ReadAsync<RightsCaseDetail>();

    public static async Task<HttpResponseMessage> AssignAsync(this HttpClient staff, int id, int volunteerId)
    {
        var seen = await staff.StaffViewAsync(id);
        return await staff.PostJsonAsync($"/api/console/rights/cases/{id}/assign", new AssignInput { VolunteerId = volunteerId, Version = seen.Version });
    }

    public static Task<int> CountCasesAsync(this TestApp app) => app.DbAsync(db => db.RightsCases.CountAsync());

    public static Task<List<WorkerHome.Infrastructure.Auditing.OperationLog>> CaseLogAsync(this TestApp app, int id) =>
        app.DbAsync(db => db.OperationLogs.AsNoTracking()
            .Where(l => l.EntityType == nameof(RightsCase) && l.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(l => l.Id).ToListAsync());
}
