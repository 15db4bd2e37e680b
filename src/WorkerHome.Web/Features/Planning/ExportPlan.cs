using WorkerHome.Infrastructure.Excel;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Planning;

/// <summary>The plan as Excel: the template (the targets sheet alone, to fill in) and the export (targets and progress).</summary>
public sealed class ExportPlan(GetPlanTable table)
{
    public async Task<Outcome<(byte[] Content, string FileName)>> HandleAsync(int planId, bool templateOnly, CancellationToken ct)
    {
        var plan = await table.HandleAsync(planId, ct);
        if (!plan.Succeeded)
        {
            return plan.Problem;
        }
        var value = plan.Value;
        var guide = new ExcelSheet("填写说明", ["列", "填写要求"],
        [
            [value.RowHeader, "本计划直属下级工会的全称，每个只填一行；不在文件中的不作修改"],
            ["主体·省级 … 流动·县级", "该形态、该级别的建设目标数：0 到 1000 的整数，空白按 0 计"],
            ["导入", "先预检：列出每一行的问题和将要修改的目标；全部正确才能导入，导入要么全部成功，要么一行也不保存"],
        ]);
        var content = templateOnly
            ? ExcelFiles.Write(PlanSheet.Targets(value), guide)
            : ExcelFiles.Write(PlanSheet.Targets(value), PlanSheet.Progress(value));
        var name = templateOnly ? $"{value.Plan.Title}_目标模板.xlsx" : $"{value.Plan.Title}.xlsx";
        return (content, name);
    }
}
