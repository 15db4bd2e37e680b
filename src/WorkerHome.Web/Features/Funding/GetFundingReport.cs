using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Funding;

/// <summary>One row of the funding report.</summary>
/// <param name="Key">The county union id, the level or the source, as text.</param>
/// <param name="Name">What the row is, in Chinese.</param>
/// <param name="Projects">Selected projects with money in this row.</param>
/// <param name="ApprovedFen">Approved, in fen.</param>
/// <param name="PaidFen">Paid, in fen.</param>
public sealed record FundingReportRow(string Key, string Name, int Projects, long ApprovedFen, long PaidFen)
{
    public long RemainingFen => ApprovedFen - PaidFen;
}

/// <summary>Approved, paid and remaining money of the selected projects in the caller's subtree for one year.</summary>
/// <param name="Year">The plan year.</param>
/// <param name="By">county, level or source.</param>
/// <param name="Rows">One row per county, paying level or source.</param>
/// <param name="Total">All of them (each project counted once).</param>
public sealed record FundingReport(int Year, string By, IReadOnlyList<FundingReportRow> Rows, FundingReportRow Total);

/// <summary>
/// The funding report: the lines of projects selected or beyond (立项及以后) whose applicant lies in the caller's
/// subtree, grouped by the project's county, by the paying union's level, or by the kind of money.
/// </summary>
public sealed class GetFundingReport(AppDbContext db, DataScope scope, TimeProvider time)
{
    public static readonly IReadOnlyList<string> Groupings = ["county", "level", "source"];

    public async Task<Outcome<FundingReport>> HandleAsync(int? year, string? by, CancellationToken ct)
    {
        var theYear = year ?? time.LocalToday().Year;
        var grouping = string.IsNullOrWhiteSpace(by) ? "county" : by.Trim().ToLowerInvariant();
        AppProblem? problem = null;
        if (theYear is < 2000 or > 2100)
        {
            problem = CommonProblems.Field("year", "年度应在 2000 到 2100 之间");
        }
        if (!Groupings.Contains(grouping))
        {
            problem = (problem ?? CommonProblems.Validation).WithError("by", "统计口径应为 county（按县区）、level（按级别）或 source（按来源）");
        }
        if (problem is not null)
        {
            return problem;
        }

        var inScope = (await scope.GetAsync(ct)).UnionIds(db);
        var lines = await db.FundingLines.AsNoTracking()
            .Join(db.ConstructionProjects, l => l.ProjectId, p => p.Id, (l, p) => new { Line = l, Project = p })
            .Where(x => x.Project.Year == theYear && inScope.Contains(x.Project.UnionId)
                && (x.Project.Stage == ProjectStage.Selected || x.Project.Stage == ProjectStage.AwaitingAcceptance || x.Project.Stage == ProjectStage.Accepted))
            .Select(x => new
            {
                x.Line.ProjectId, x.Project.CountyUnionId, x.Line.Source, x.Line.AmountFen, x.Line.PaidFen,
                FunderLevel = db.Unions.Where(u => u.Id == x.Line.FunderUnionId).Select(u => u.Level).Single(),
            })
            .ToListAsync(ct);
        var countyIds = lines.Select(l => l.CountyUnionId).Distinct().ToList();
        var counties = await db.Unions.AsNoTracking().Where(u => countyIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.SortOrder }).ToDictionaryAsync(u => u.Id, ct);

        var groups = grouping switch
        {
            "county" => lines.GroupBy(l => l.CountyUnionId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .OrderBy(g => counties[int.Parse(g.Key, System.Globalization.CultureInfo.InvariantCulture)].SortOrder).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, Name: counties[int.Parse(g.Key, System.Globalization.CultureInfo.InvariantCulture)].Name, Lines: g.ToList())),
            "level" => lines.GroupBy(l => l.FunderLevel).OrderBy(g => g.Key)
                .Select(g => (Key: g.Key.ToString(), Name: FundingRuleCheck.LevelName(g.Key) + "工会", Lines: g.ToList())),
            _ => lines.GroupBy(l => l.Source).OrderBy(g => g.Key)
                .Select(g => (Key: g.Key.ToString(), Name: g.Key.Chinese(), Lines: g.ToList())),
        };
        var rows = groups.Select(g => new FundingReportRow(g.Key, g.Name, g.Lines.Select(l => l.ProjectId).Distinct().Count(),
            g.Lines.Sum(l => l.AmountFen), g.Lines.Sum(l => l.PaidFen))).ToList();
        var total = new FundingReportRow("total", "合计", lines.Select(l => l.ProjectId).Distinct().Count(),
            lines.Sum(l => l.AmountFen), lines.Sum(l => l.PaidFen));
        return new FundingReport(theYear, grouping, rows, total);
    }

    /// <summary>"按县区", "按级别", "按来源".</summary>
    public static string GroupingName(string by) => by switch
    {
        "level" => "按级别",
        "source" => "按来源",
        _ => "按县区",
    };

    /// <summary>The heading of the first column for a grouping.</summary>
    public static string KeyHeading(string by) => by switch
    {
        "level" => "出资级别",
        "source" => "经费来源",
        _ => "县（市、区）",
    };
}
