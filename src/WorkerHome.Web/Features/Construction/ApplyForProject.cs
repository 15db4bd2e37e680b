using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Regions;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Construction;

/// <summary>
/// 申报: a union at county level or below applies for a project as a draft, naming a site of its subtree to upgrade or
/// describing a new one, which is created as planned. The county and the reviewing union are fixed here.
/// </summary>
public sealed class ApplyForProject(AppDbContext db, DataScope scope, ProjectFlow flow, GetProject get, TimeProvider time)
{
    public async Task<Outcome<ProjectDetail>> HandleAsync(ProjectApplication input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var applicant = await db.Unions.AsNoTracking().FirstOrDefaultAsync(u => u.Id == input.UnionId, ct);
        if (applicant is null)
        {
            return CommonProblems.Field("unionId", "未找到申报单位");
        }
        var access = await scope.GetAsync(ct);
        if (!access.Covers(applicant.Path))
        {
            return ConstructionProblems.OutOfScope.WithDetail($"“{applicant.Name}”不在您的管理范围内");
        }
        if (applicant.Level < UnionLevel.County)
        {
            return CommonProblems.Field("unionId", "申报单位应为县区级及以下工会，上级工会不为自己申报");
        }
        var problem = ProjectRules.Check(input);
        if (input.SiteId is null && input.Site is null)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("site", "请选择要提升的阵地，或填写新建阵地的信息");
        }
        if (problem is not null)
        {
            return problem;
        }
        var unions = await ProjectUnions.ResolveAsync(db, applicant, input.Rating!.Value, ct);
        if (!unions.Succeeded)
        {
            return unions.Problem;
        }
        if (input.SiteId is { } siteId)
        {
            var site = await db.Sites.AsNoTracking().Where(s => s.Id == siteId && s.DeletedAt == null)
                .Select(s => db.Unions.Where(u => u.Id == s.UnionId).Select(u => u.Path).First()).FirstOrDefaultAsync(ct);
            if (site is null || !site.StartsWith(applicant.Path, StringComparison.Ordinal))
            {
                return CommonProblems.Field("siteId", "请选择申报单位及其下级的阵地");
            }
        }
        else if (await CheckNewSiteAsync(input.Site!, applicant.Id, unions.Value.CountyRegionCode, ct) is { } siteProblem)
        {
            return siteProblem;
        }

        var now = time.GetUtcNow();
        var outcome = await db.InTransactionAsync<int>(async token =>
        {
            var siteId = input.SiteId;
            if (siteId is null)
            {
                var site = NewSite(input.Site!, applicant.Id, input.Form!.Value, input.Rating.Value, now);
                db.Sites.Add(site);
                await db.SaveChangesAsync(token);
                siteId = site.Id;
            }
            var project = new ConstructionProject
            {
                Year = input.Year,
                Name = input.Name.Trim(),
                UnionId = applicant.Id,
                CountyUnionId = unions.Value.CountyUnionId,
                ReviewerUnionId = unions.Value.ReviewerUnionId,
                SiteId = siteId.Value,
                Form = input.Form!.Value,
                Rating = input.Rating.Value,
                Stage = ProjectStage.Draft,
                Description = ProjectRules.Blank(input.Description),
                BudgetFen = input.BudgetFen,
                RequestedSubsidyFen = input.RequestedSubsidyFen,
                Version = 1,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.ConstructionProjects.Add(project);
            await db.SaveChangesAsync(token);
            await flow.RecordAsync(project, ProjectStepKind.Created, ProjectSide.Applicant, null, token);
            await db.SaveChangesAsync(token);
            return project.Id;
        }, ct);
        return outcome.Succeeded ? await get.HandleAsync(outcome.Value, ct) : outcome.Problem;
    }

    private async Task<AppProblem?> CheckNewSiteAsync(NewSiteInput site, int unionId, string? countyRegion, CancellationToken ct)
    {
        AppProblem? problem = null;
        var region = await db.Regions.AsNoTracking().Where(r => r.Code == site.RegionCode).Select(r => new { r.Code, r.Level }).FirstOrDefaultAsync(ct);
        if (region is null || region.Level != RegionLevel.Township)
        {
            problem = CommonProblems.Field("site.regionCode", "未找到该乡镇（街道），请从列表中选择");
        }
        else if (countyRegion is not null && !RegionCodes.Contains(countyRegion, region.Code))
        {
            problem = CommonProblems.Field("site.regionCode", "该乡镇（街道）不在申报单位所在区县内");
        }
        var name = site.Name.Trim();
        if (await db.Sites.AnyAsync(s => s.UnionId == unionId && s.Name == name && s.DeletedAt == null, ct))
        {
            problem = (problem ?? CommonProblems.Validation).WithError("site.name", "同一工会下已有同名阵地");
        }
        return problem;
    }

    private static Site NewSite(NewSiteInput input, int unionId, SiteForm form, SiteRating rating, DateTimeOffset now) => new()
    {
        Name = input.Name.Trim(),
        Form = form,
        Rating = rating,
        Status = SiteStatus.Planned,
        HostOrganization = input.HostOrganization.Trim(),
        UnionId = unionId,
        RegionCode = input.RegionCode,
        Address = input.Address.Trim(),
        Latitude = Math.Round(input.Latitude!.Value, 6),
        Longitude = Math.Round(input.Longitude!.Value, 6),
        Version = 1,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
