using System.Text;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Funding;
using WorkerHome.Features.Planning;
using WorkerHome.Features.Regions;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Standards;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Files;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Data.Seed;

/// <summary>
/// Leshan's construction programme as a demo shows it: the city's construction standards for every form and rating
/// (after the reference guide's headings), this year's plans (province, city, counties) with targets and budgets,
/// the funding ratio rules, projects in every stage with their steps, milestones (some late), documents, ledgers and
/// payments, and a reference point and worker count for every township. Figures are invented; the places are real.
/// Skipped once any standard exists.
/// </summary>
internal sealed class DemoConstruction(AppDbContext db, TimeProvider time)
{
    private const long Yuan = 100;

    private static readonly string[] MilestoneTitles = ["选址与设计", "装修改造", "设备配置", "制度上墙与挂牌", "试运行"];

    /// <summary>A demo project. <paramref name="Site"/> names an existing site; <paramref name="NewSite"/> describes one to create.</summary>
    private sealed record ProjectSpec(string Name, string Applicant, string County, SiteForm Form, SiteRating Rating, ProjectStage Stage,
        long BudgetYuan, long SubsidyYuan, long MatchingYuan, string? Site, NewSiteSpec? NewSite, int? ReviewScore = null,
        string? ReviewComment = null, int MilestonesDone = 0, int LateDays = 0, long PaidSubsidyYuan = 0, long PaidMatchingYuan = 0);

    /// <summary>A standard with its items, as an assessment needs them.</summary>
    private sealed record Measure(ConstructionStandard Standard, List<StandardItem> Items);

    private sealed record NewSiteSpec(string Name, string Township, string Host, string Address, double Latitude, double Longitude);

    private static readonly ProjectSpec[] Projects =
    [
        new("市中区苏稽镇职工之家建设", "苏稽镇总工会", "511102", SiteForm.Shared, SiteRating.County, ProjectStage.Selected, 150_000, 50_000, 0,
            "市中区苏稽镇职工之家", null, 88, "选址在镇政府旁，辐射古镇商户和农民工，同意。", MilestonesDone: 2, LateDays: 5, PaidSubsidyYuan: 25_000),
        new("沐川县永福镇竹产业园区职工之家建设", "永福镇总工会", "511129", SiteForm.Shared, SiteRating.County, ProjectStage.Selected, 120_000, 40_000, 0,
            "沐川县永福镇竹产业园区职工之家", null, 84, "园区职工集中，需求明确。", MilestonesDone: 1, LateDays: 10, PaidSubsidyYuan: 10_000),
        new("井研县竹园镇职工之家建设", "竹园镇总工会", "511124", SiteForm.Shared, SiteRating.County, ProjectStage.Submitted, 100_000, 30_000, 0,
            "井研县竹园镇职工之家", null),
        new("峨眉山市高桥镇职工之家建设", "高桥镇总工会", "511181", SiteForm.Shared, SiteRating.County, ProjectStage.Reviewed, 140_000, 45_000, 0,
            "峨眉山市高桥镇职工之家", null, 86, "场地落实，自筹资金到位，建议立项。"),
        new("峨眉山市绥山镇名山社区职工之家", "绥山镇总工会", "511181", SiteForm.Shared, SiteRating.County, ProjectStage.Draft, 90_000, 30_000, 0,
            null, new("峨眉山市绥山镇名山社区职工之家", "511181100", "名山社区", "峨眉山市绥山镇名山社区", 29.6012, 103.4895)),
        new("峨眉山市绥山镇红华苑社区职工之家提档升级", "绥山镇总工会", "511181", SiteForm.Shared, SiteRating.City, ProjectStage.Accepted, 300_000, 100_000, 0,
            "峨眉山市绥山镇红华苑社区职工之家", null, 93, "共享阵地示范点，功能齐全。", MilestonesDone: 5, PaidSubsidyYuan: 100_000),
        new("井研县周坡镇返乡农民工创业就业培训基地", "周坡镇总工会", "511124", SiteForm.Shared, SiteRating.Provincial, ProjectStage.AwaitingAcceptance, 500_000, 200_000, 100_000,
            "井研县周坡镇职工之家", null, 95, "培训就业成效明显，推荐为省级阵地。", MilestonesDone: 5, PaidSubsidyYuan: 100_000, PaidMatchingYuan: 50_000),
        new("犍为县玉津镇新民社区职工之家", "玉津镇总工会", "511123", SiteForm.Shared, SiteRating.City, ProjectStage.Submitted, 260_000, 100_000, 0,
            null, new("犍为县玉津镇新民社区职工之家", "511123100", "新民社区", "犍为县玉津镇新民社区", 29.2236, 104.0227)),
        new("夹江县黄土镇华兴陶瓷有限公司职工之家", "黄土镇总工会", "511126", SiteForm.Enterprise, SiteRating.City, ProjectStage.Reviewed, 200_000, 80_000, 0,
            null, new("夹江县华兴陶瓷有限公司职工之家", "511126101", "夹江县华兴陶瓷有限公司", "夹江县黄土镇陶瓷产业园区华兴陶瓷有限公司", 29.7512, 103.5262), 78, "企业配套资金充足，职工书屋藏书需补足。"),
        new("五通桥区金粟镇乐山港建设项目流动职工之家", "金粟镇总工会", "511112", SiteForm.Mobile, SiteRating.County, ProjectStage.Selected, 80_000, 30_000, 0,
            null, new("乐山港建设项目流动职工之家", "511112104", "乐山港建设项目部", "五通桥区金粟镇乐山港建设项目部", 29.3851, 103.8012), 82, "服务港口建设农民工，工期两年。",
            MilestonesDone: 1, LateDays: 3),
        new("沙湾区踏水镇职工之家提档升级", "踏水镇总工会", "511111", SiteForm.Shared, SiteRating.County, ProjectStage.Rejected, 110_000, 40_000, 0,
            "沙湾区踏水镇职工之家", null, 52, "自评未达标：场地面积不足、无维权接待区，请整改后明年再报。"),
        new("马边彝族自治县民建镇安置社区职工之家", "民建镇总工会", "511133", SiteForm.Shared, SiteRating.City, ProjectStage.NotSelected, 220_000, 90_000, 0,
            null, new("马边彝族自治县民建镇安置社区职工之家", "511133100", "民建镇安置社区", "马边彝族自治县民建镇安置社区", 28.9387, 103.5512), 70,
            "今年市级预算已排满，择优未入选，明年优先考虑。"),
        new("市中区海棠街道职工之家提档升级", "海棠街道总工会", "511102", SiteForm.Shared, SiteRating.City, ProjectStage.Selected, 250_000, 100_000, 0,
            "市中区海棠街道职工之家", null, 90, "街道户外劳动者多，升级驿站与书屋。", MilestonesDone: 1),
    ];

    /// <summary>This year's city targets per county: (shared·county, shared·city, shared·provincial, enterprise·county, enterprise·city, mobile·county).</summary>
    private static readonly (string County, int SharedCounty, int SharedCity, int SharedProvincial, int EnterpriseCounty, int EnterpriseCity, int MobileCounty)[] Targets =
    [
        ("511102", 2, 1, 0, 1, 1, 0), ("511111", 2, 0, 0, 1, 0, 0), ("511112", 1, 0, 0, 1, 0, 1), ("511113", 1, 0, 0, 0, 0, 1),
        ("511123", 2, 1, 0, 1, 0, 0), ("511124", 2, 0, 1, 0, 0, 0), ("511126", 1, 0, 0, 1, 1, 0), ("511129", 2, 0, 0, 0, 0, 0),
        ("511132", 1, 0, 0, 0, 0, 1), ("511133", 1, 1, 0, 0, 0, 0), ("511181", 2, 1, 0, 1, 0, 0),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Standards.AnyAsync(ct))
        {
            return;
        }
        var now = time.GetUtcNow();
        var today = time.LocalToday();
        var unions = await db.Unions.AsNoTracking().ToListAsync(ct);
        var sichuan = unions.Single(u => u.Name == "四川省总工会");
        var leshan = unions.Single(u => u.Name == "乐山市总工会");
        var counties = unions.Where(u => u.ParentId == leshan.Id && u.Level == UnionLevel.County).ToDictionary(u => u.RegionCode!, StringComparer.Ordinal);
        var areas = await db.FunctionAreas.ToDictionaryAsync(a => a.Code, a => a.Id, StringComparer.Ordinal, ct);
        var actor = await db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync(ct);

        var standards = await SeedStandardsAsync(leshan.Id, areas, now, ct);
        SeedRules(sichuan.Id, leshan.Id, now);
        var plans = SeedPlans(sichuan, leshan, counties, today.Year, now);
        await db.SaveChangesAsync(ct);
        SeedTargets(plans[leshan.Id], plans[sichuan.Id], counties, leshan);
        await db.SaveChangesAsync(ct);

        foreach (var spec in Projects)
        {
            var county = counties[spec.County];
            var applicant = unions.Single(u => u.Name == spec.Applicant && u.Path.StartsWith(county.Path, StringComparison.Ordinal));
            var reviewer = spec.Rating switch { SiteRating.County => county, SiteRating.City => leshan, _ => sichuan };
            var site = await SiteForAsync(spec, applicant, areas, now, ct);
            var standard = standards[(spec.Form, spec.Rating)];
            await SeedProjectAsync(spec, applicant, county, reviewer, site, standard, plans[reviewer.Id], actor, now, today, ct);
        }
        await SeedSiteAssessmentsAsync(standards, leshan, actor, now, ct);
        await SeedTownshipProfilesAsync(now, ct);
    }

    private void SeedRules(int sichuan, int leshan, DateTimeOffset now)
    {
        FundingRule Rule(int owner, SiteRating rating, FundingSource source, UnionLevel? funder, RuleBasis basis, int? min, int? max, long? capYuan,
            bool required, string note) => new()
            {
                UnionId = owner, ProjectRating = rating, Source = source, FunderLevel = funder, Basis = basis, MinShareBp = min, MaxShareBp = max,
                CapFen = capYuan * Yuan, Required = required, Note = note, UpdatedAt = now,
            };
        db.FundingRules.AddRange(
            Rule(sichuan, SiteRating.Provincial, FundingSource.Subsidy, UnionLevel.Province, RuleBasis.Budget, null, 5000, 200_000, true,
                "省级阵地：省总补贴不超过总预算的 50%，每个项目最多 20 万元"),
            Rule(leshan, SiteRating.Provincial, FundingSource.Matching, UnionLevel.City, RuleBasis.SubsidyAbove, 5000, null, null, true,
                "申报成功的省级项目，市总按省级补贴的 50% 以上配套"),
            Rule(leshan, SiteRating.City, FundingSource.Subsidy, UnionLevel.City, RuleBasis.Budget, null, 5000, 100_000, true,
                "市级项目：市总择优补贴，不超过总预算的 50%，每个项目最多 10 万元"),
            Rule(leshan, SiteRating.County, FundingSource.Subsidy, UnionLevel.County, RuleBasis.Budget, null, 5000, 50_000, true,
                "县级项目：县（市、区）总工会补贴，不超过总预算的 50%，每个项目最多 5 万元"),
            Rule(leshan, SiteRating.Provincial, FundingSource.SelfRaised, null, RuleBasis.Budget, 2000, null, null, true,
                "基层工会自筹不少于总预算的 20%，纳入年度收支预算"),
            Rule(leshan, SiteRating.City, FundingSource.SelfRaised, null, RuleBasis.Budget, 2000, null, null, true,
                "基层工会自筹不少于总预算的 20%，纳入年度收支预算"),
            Rule(leshan, SiteRating.County, FundingSource.SelfRaised, null, RuleBasis.Budget, 2000, null, null, true,
                "基层工会自筹不少于总预算的 20%，纳入年度收支预算"));
    }

    private Dictionary<int, ConstructionPlan> SeedPlans(Union sichuan, Union leshan, Dictionary<string, Union> counties, int year, DateTimeOffset now)
    {
        ConstructionPlan Plan(Union union, string title, long budgetYuan) => new()
        {
            UnionId = union.Id, Year = year, Title = title, BudgetFen = budgetYuan * Yuan, Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        var plans = new Dictionary<int, ConstructionPlan>
        {
            [sichuan.Id] = Plan(sichuan, $"四川省{year}年基层工会职工之家阵地建设计划", 2_000_000),
            [leshan.Id] = Plan(leshan, $"乐山市{year}年基层工会职工之家阵地建设计划表", 800_000),
        };
        plans[leshan.Id].Note = "到 2025 年全市新增各类职工之家阵地 150 余家，总数近 400 个；本年度按县区分解目标，挂图作战。";
        foreach (var county in counties.Values)
        {
            plans[county.Id] = Plan(county, $"{county.Name.Replace("总工会", "", StringComparison.Ordinal)}{year}年职工之家阵地建设计划", 200_000);
        }
        db.ConstructionPlans.AddRange(plans.Values);
        return plans;
    }

    /// <summary>Adds the city's targets once the plans have ids.</summary>
    private void SeedTargets(ConstructionPlan city, ConstructionPlan province, Dictionary<string, Union> counties, Union leshan)
    {
        foreach (var t in Targets)
        {
            var county = counties[t.County].Id;
            void Cell(SiteForm form, SiteRating rating, int count)
            {
                if (count > 0)
                {
                    db.PlanTargets.Add(new PlanTarget { PlanId = city.Id, CountyUnionId = county, Form = form, Rating = rating, Count = count });
                }
            }
            Cell(SiteForm.Shared, SiteRating.County, t.SharedCounty);
            Cell(SiteForm.Shared, SiteRating.City, t.SharedCity);
            Cell(SiteForm.Shared, SiteRating.Provincial, t.SharedProvincial);
            Cell(SiteForm.Enterprise, SiteRating.County, t.EnterpriseCounty);
            Cell(SiteForm.Enterprise, SiteRating.City, t.EnterpriseCity);
            Cell(SiteForm.Mobile, SiteRating.County, t.MobileCounty);
        }
        db.PlanTargets.Add(new PlanTarget { PlanId = province.Id, CountyUnionId = leshan.Id, Form = SiteForm.Shared, Rating = SiteRating.Provincial, Count = 2 });
    }

    private async Task<Site> SiteForAsync(ProjectSpec spec, Union applicant, Dictionary<string, int> areas, DateTimeOffset now, CancellationToken ct)
    {
        if (spec.Site is not null)
        {
            return await db.Sites.SingleAsync(s => s.Name == spec.Site, ct);
        }
        var n = spec.NewSite!;
        var site = new Site
        {
            Name = n.Name,
            Form = spec.Form,
            Rating = spec.Rating,
            Status = spec.Stage is ProjectStage.Selected or ProjectStage.AwaitingAcceptance ? SiteStatus.Building : SiteStatus.Planned,
            HostOrganization = n.Host,
            UnionId = applicant.Id,
            RegionCode = n.Township,
            Address = n.Address,
            Latitude = n.Latitude,
            Longitude = n.Longitude,
            ContactName = applicant.Name,
            FunctionAreaIds = spec.Form switch
            {
                SiteForm.Mobile => [areas["outdoor_station"], areas["legal_aid"], areas["joining_desk"]],
                SiteForm.Enterprise => [areas["reading_room"], areas["rights_reception"], areas["hobby_rooms"]],
                _ => [areas["reading_room"], areas["rights_reception"], areas["hardship_aid"], areas["joining_desk"], areas["classroom"]],
            },
            OpeningHours = DemoSites.Hours.Community.Select(h => new OpeningPeriod { Day = h.Item1, OpensAt = h.Item2, ClosesAt = h.Item3 }).ToList(),
            HostProject = spec.Form == SiteForm.Mobile ? "乐山港建设项目" : null,
            ValidFrom = spec.Form == SiteForm.Mobile ? new DateOnly(2026, 10, 1) : null,
            ValidTo = spec.Form == SiteForm.Mobile ? new DateOnly(2028, 9, 30) : null,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        site.FunctionAreaIds.Sort();
        db.Sites.Add(site);
        await db.SaveChangesAsync(ct);
        return site;
    }

    private async Task SeedProjectAsync(ProjectSpec spec, Union applicant, Union county, Union reviewer, Site site, Measure measure,
        ConstructionPlan plan, Guid actor, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var stage = spec.Stage;
        var selected = stage is ProjectStage.Selected or ProjectStage.AwaitingAcceptance or ProjectStage.Accepted;
        DateTimeOffset Ago(int days) => now.AddDays(-days);
        var project = new ConstructionProject
        {
            Year = today.Year,
            Name = spec.Name,
            UnionId = applicant.Id,
            CountyUnionId = county.Id,
            ReviewerUnionId = reviewer.Id,
            SiteId = site.Id,
            Form = spec.Form,
            Rating = spec.Rating,
            Stage = stage,
            Description = $"依托{site.HostOrganization}建设{spec.Form.Chinese()}职工之家，服务周边职工。",
            BudgetFen = spec.BudgetYuan * Yuan,
            RequestedSubsidyFen = spec.SubsidyYuan * Yuan,
            ApprovedSubsidyFen = selected ? spec.SubsidyYuan * Yuan : null,
            ReviewScore = spec.ReviewScore,
            ReviewComment = spec.ReviewComment,
            SubmittedAt = stage == ProjectStage.Draft ? null : Ago(150),
            SelectedAt = selected ? Ago(110) : null,
            AcceptedAt = stage == ProjectStage.Accepted ? Ago(20) : null,
            Version = 1,
            CreatedAt = Ago(170),
            UpdatedAt = now,
        };
        db.ConstructionProjects.Add(project);
        await db.SaveChangesAsync(ct);

        // The ledger: the reviewer's subsidy, the city's matching for a provincial project, and the applicant's own money.
        var subsidy = Line(project, FundingSource.Subsidy, reviewer.Id, spec.SubsidyYuan, now);
        var lines = new List<FundingLine> { subsidy };
        FundingLine? matching = null;
        if (spec.MatchingYuan > 0)
        {
            matching = Line(project, FundingSource.Matching, reviewer.Id == county.Id ? county.Id : county.ParentId!.Value, spec.MatchingYuan, now);
            lines.Add(matching);
        }
        lines.Add(Line(project, FundingSource.SelfRaised, applicant.Id, spec.BudgetYuan - spec.SubsidyYuan - spec.MatchingYuan, now));
        db.FundingLines.AddRange(lines);

        var steps = new List<ProjectStep> { Step(project, ProjectStepKind.Created, ProjectStage.Draft, actor, applicant, Ago(170), null) };
        if (stage != ProjectStage.Draft)
        {
            var self = Assess(measure, site, AssessmentKind.SelfAssessment, applicant.Id, actor, Ago(152), spec.Stage == ProjectStage.Rejected ? 3 : 0);
            self.ProjectId = project.Id;
            db.SiteAssessments.Add(self);
            db.ProjectDocuments.Add(Document(project, ProjectDocumentKind.Application, null, $"{spec.Name}申报书", actor, Ago(151)));
            await db.SaveChangesAsync(ct);
            project.SelfAssessmentId = self.Id;
            steps.Add(Step(project, ProjectStepKind.Submitted, ProjectStage.Submitted, actor, applicant, Ago(150), "请予审核。"));
        }
        if (spec.ReviewScore is not null)
        {
            var after = stage == ProjectStage.Rejected ? ProjectStage.Rejected : ProjectStage.Reviewed;
            steps.Add(Step(project, after == ProjectStage.Rejected ? ProjectStepKind.Rejected : ProjectStepKind.Reviewed, after, actor, reviewer, Ago(130),
                $"评审得分 {spec.ReviewScore}。{spec.ReviewComment}"));
        }
        if (stage == ProjectStage.NotSelected)
        {
            steps.Add(Step(project, ProjectStepKind.NotSelected, ProjectStage.NotSelected, actor, reviewer, Ago(110), spec.ReviewComment));
        }
        if (selected)
        {
            plan.CommittedFen += project.ApprovedSubsidyFen!.Value;
            steps.Add(Step(project, ProjectStepKind.Selected, ProjectStage.Selected, actor, reviewer, Ago(110),
                $"择优立项，补贴 {spec.SubsidyYuan:N0} 元。"));
            if (spec.Site is not null && site.Status is SiteStatus.Planned)
            {
                site.Status = SiteStatus.Building;
            }
            var milestones = MilestoneTitles.Select((title, i) => new ProjectMilestone
            {
                ProjectId = project.Id,
                Title = title,
                SortOrder = (i + 1) * 10,
                // Spread over the project: the first undone one is LateDays overdue (or a fortnight ahead when on time).
                DueOn = today.AddDays((i - spec.MilestonesDone) * 25 + (spec.LateDays > 0 ? -spec.LateDays : 14)),
            }).ToList();
            for (var i = 0; i < spec.MilestonesDone; i++)
            {
                milestones[i].DueOn = today.AddDays(-100 + i * 18);
                milestones[i].DoneAt = ChinaTime.FromLocal(milestones[i].DueOn.AddDays(-2), new TimeOnly(16, 0));
                milestones[i].DoneBy = actor;
                milestones[i].Note = "已按计划完成，照片已上传。";
            }
            db.ProjectMilestones.AddRange(milestones);
            await db.SaveChangesAsync(ct);
            foreach (var done in milestones.Where(m => m.DoneAt is not null))
            {
                db.ProjectDocuments.Add(Document(project, ProjectDocumentKind.Evidence, done.Id, $"{done.Title}现场照片", actor, done.DoneAt!.Value));
                steps.Add(Step(project, ProjectStepKind.MilestoneDone, ProjectStage.Selected, actor, applicant, done.DoneAt.Value, done.Title));
            }
            var paidOn = milestones.Where(m => m.DoneAt is not null).Select(m => m.DueOn).DefaultIfEmpty(today).Max();
            var payFor = milestones.Where(m => m.DoneAt is not null).OrderBy(m => m.SortOrder).LastOrDefault();
            if (payFor is not null)
            {
                Pay(subsidy, payFor, spec.PaidSubsidyYuan, paidOn, actor, now);
                if (matching is not null)
                {
                    Pay(matching, payFor, spec.PaidMatchingYuan, paidOn, actor, now);
                }
            }
            if (stage >= ProjectStage.AwaitingAcceptance)
            {
                steps.Add(Step(project, ProjectStepKind.AcceptanceRequested, ProjectStage.AwaitingAcceptance, actor, applicant, Ago(30), "节点全部完成，申请验收。"));
            }
            if (stage == ProjectStage.Accepted)
            {
                var inspection = Assess(measure, site, AssessmentKind.Inspection, reviewer.Id, actor, Ago(20), 0);
                inspection.ProjectId = project.Id;
                inspection.Comment = "现场验收：功能区齐全，台账规范，同意验收。";
                db.SiteAssessments.Add(inspection);
                await db.SaveChangesAsync(ct);
                project.AcceptanceAssessmentId = inspection.Id;
                site.Status = SiteStatus.Operating;
                site.Rating = spec.Rating;
                steps.Add(Step(project, ProjectStepKind.Accepted, ProjectStage.Accepted, actor, reviewer, Ago(20), $"验收得分 {inspection.Score}，同意验收。"));
            }
        }
        db.ProjectSteps.AddRange(steps);
        await db.SaveChangesAsync(ct);
    }

    private static FundingLine Line(ConstructionProject project, FundingSource source, int funder, long amountYuan, DateTimeOffset now) => new()
    {
        ProjectId = project.Id, Source = source, FunderUnionId = funder, UnionId = project.UnionId, AmountFen = amountYuan * Yuan, UpdatedAt = now,
    };

    private void Pay(FundingLine line, ProjectMilestone milestone, long amountYuan, DateOnly paidOn, Guid actor, DateTimeOffset now)
    {
        if (amountYuan <= 0)
        {
            return;
        }
        line.PaidFen += amountYuan * Yuan;
        db.FundingPayments.Add(new FundingPayment
        {
            LineId = line.Id, ProjectId = line.ProjectId, MilestoneId = milestone.Id, AmountFen = amountYuan * Yuan, PaidOn = paidOn,
            Voucher = $"记-{paidOn:yyyyMM}-{line.ProjectId:000}{(int)line.Source}", RecordedBy = actor, RecordedAt = now,
        });
    }

    private static ProjectStep Step(ConstructionProject project, ProjectStepKind kind, ProjectStage after, Guid actor, Union union, DateTimeOffset at,
        string? comment) => new()
        {
            ProjectId = project.Id, Kind = kind, StageAfter = after, ActorId = actor, ActorName = union.Name + " 经办人", ActorUnionId = union.Id, At = at,
            Comment = comment,
        };

    private ProjectDocument Document(ConstructionProject project, ProjectDocumentKind kind, int? milestone, string title, Guid actor, DateTimeOffset at)
    {
        var file = new StoredFile
        {
            Id = Guid.CreateVersion7(at),
            FileName = title + ".pdf",
            ContentType = "application/pdf",
            UploadedBy = actor,
            UploadedAt = at,
        };
        file.Content = DemoPdf(title);
        file.Length = file.Content.Length;
        file.Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file.Content));
        db.StoredFiles.Add(file);
        return new ProjectDocument { ProjectId = project.Id, MilestoneId = milestone, Kind = kind, Title = title, FileId = file.Id, UploadedBy = actor, UploadedAt = at };
    }

    /// <summary>A one-page PDF saying it is a demo file (the title is not embedded: base fonts have no Chinese glyphs).</summary>
    private static byte[] DemoPdf(string title)
    {
        var text = $"WorkerHome demo document #{Math.Abs(title.GetHashCode(StringComparison.Ordinal)) % 100000}";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            null,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var stream = $"BT /F1 18 Tf 72 760 Td ({text}) Tj ET";
        objects[3] = $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream";
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:0000000000} 00000 n \n");
        }
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>An assessment meeting every item except the last <paramref name="misses"/> non-area ones (and any area the site lacks).</summary>
    private static SiteAssessment Assess(Measure measure, Site site, AssessmentKind kind, int assessorUnion, Guid actor, DateTimeOffset at, int misses)
    {
        var answerable = measure.Items.Where(i => i.FunctionAreaId is null).OrderBy(i => i.SortOrder).ToList();
        var missed = answerable.TakeLast(misses).Select(i => i.Id).ToHashSet();
        var answers = answerable.ToDictionary(i => i.Id, i => (
            Met: (bool?)!missed.Contains(i.Id),
            Value: i.Kind == StandardItemKind.Minimum ? (decimal?)(missed.Contains(i.Id) ? i.Minimum!.Value / 2 : i.Minimum!.Value * 1.2m) : null,
            Note: missed.Contains(i.Id) ? "未达到标准，需整改" : (string?)null));
        var assessment = SiteAssessment.Measure(measure.Standard, measure.Items, answers, site.FunctionAreaIds);
        assessment.SiteId = site.Id;
        assessment.UnionId = site.UnionId;
        assessment.Kind = kind;
        assessment.AssessedBy = actor;
        assessment.AssessorName = kind == AssessmentKind.SelfAssessment ? "阵地负责人（演示）" : "验收组（演示）";
        assessment.AssessorUnionId = assessorUnion;
        assessment.AssessedAt = at;
        return assessment;
    }

    /// <summary>A self-assessment and an inspection for some operating sites, one of them missing items, so the site pages have scores to show.</summary>
    private async Task SeedSiteAssessmentsAsync(Dictionary<(SiteForm, SiteRating), Measure> standards, Union leshan,
        Guid actor, DateTimeOffset now, CancellationToken ct)
    {
        var names = new (string Site, int Misses)[]
        {
            ("市中区棉竹镇棉竹社区职工之家", 0), ("国家税务总局峨眉山市税务局职工之家", 1), ("峨眉山市黄湾镇景区职工驿站", 2),
            ("犍为县清溪镇职工之家", 3), ("马边长和电力有限责任公司职工之家", 2),
        };
        foreach (var (name, misses) in names)
        {
            var site = await db.Sites.SingleAsync(s => s.Name == name, ct);
            var measure = standards[(site.Form, site.Rating)];
            var parent = await db.Unions.Where(u => u.Id == site.UnionId).Select(u => u.ParentId).SingleAsync(ct) ?? leshan.Id;
            db.SiteAssessments.Add(Assess(measure, site, AssessmentKind.SelfAssessment, site.UnionId, actor, now.AddDays(-60), Math.Max(0, misses - 1)));
            db.SiteAssessments.Add(Assess(measure, site, AssessmentKind.Inspection, parent, actor, now.AddDays(-45), misses));
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A reference point and a worker count for every township: the centre of its open sites where it has some, otherwise a
    /// point placed deterministically within 4–16 km of its county seat. Worker counts are demo figures, larger in streets.
    /// </summary>
    private async Task SeedTownshipProfilesAsync(DateTimeOffset now, CancellationToken ct)
    {
        var townships = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Township).ToListAsync(ct);
        var countyPoints = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.County && r.Latitude != null)
            .ToDictionaryAsync(r => r.Code, r => (Lat: r.Latitude!.Value, Lng: r.Longitude!.Value), StringComparer.Ordinal, ct);
        // Sites that are only planned or being built do not yet say where the township's people are.
        var siteCentres = (await db.Sites.AsNoTracking().Where(s => s.DeletedAt == null && (s.Status == SiteStatus.Operating || s.Status == SiteStatus.Suspended))
            .Select(s => new { s.RegionCode, s.Latitude, s.Longitude }).ToListAsync(ct))
            .GroupBy(s => s.RegionCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Lat: g.Average(s => s.Latitude), Lng: g.Average(s => s.Longitude)), StringComparer.Ordinal);
        foreach (var township in townships)
        {
            var seed = long.Parse(township.Code, System.Globalization.CultureInfo.InvariantCulture);
            (double Lat, double Lng)? point = siteCentres.TryGetValue(township.Code, out var centre) ? centre : null;
            if (point is null && countyPoints.TryGetValue(Region.CountyCodeOf(township.Code), out var seat))
            {
                var angle = seed % 360 * Math.PI / 180;
                var km = 4 + seed % 13;
                point = (seat.Lat + km / 111.0 * Math.Sin(angle), seat.Lng + km / (111.0 * Math.Cos(seat.Lat * Math.PI / 180)) * Math.Cos(angle));
            }
            var isStreet = int.Parse(township.Code.AsSpan(6, 3), System.Globalization.CultureInfo.InvariantCulture) < 100;
            db.TownshipProfiles.Add(new TownshipProfile
            {
                RegionCode = township.Code,
                Latitude = point is null ? null : Math.Round(point.Value.Lat, 5),
                Longitude = point is null ? null : Math.Round(point.Value.Lng, 5),
                Workers = (int)(isStreet ? 6_000 + seed * 7919 % 14_000 : 1_200 + seed * 7919 % 8_800) / 10 * 10,
                Source = "演示数据（非真实统计）",
                UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<Dictionary<(SiteForm, SiteRating), Measure>> SeedStandardsAsync(int owner, Dictionary<string, int> areas,
        DateTimeOffset now, CancellationToken ct)
    {
        var result = new Dictionary<(SiteForm, SiteRating), Measure>();
        foreach (var rating in new[] { SiteRating.Provincial, SiteRating.City, SiteRating.County })
        {
            var level = (int)rating - 1; // 0 provincial, 1 city, 2 county: stricter above.
            int Pick(int provincial, int city, int county) => level switch { 0 => provincial, 1 => city, _ => county };
            result[(SiteForm.Shared, rating)] = await StandardAsync(owner, SiteForm.Shared, rating, Pick(85, 80, 75), now,
            [
                Minimum("场地面积", "阵地使用面积", "集中设置，便于职工就近使用", Pick(300, 200, 100), "平方米", 15),
                Area("功能区", "设有职工书屋", areas["reading_room"], 10),
                Area("功能区", "设有维权诉求接待受理区", areas["rights_reception"], 10),
                Area("功能区", "设有困难职工帮扶救助服务区", areas["hardship_aid"], 10),
                Area("功能区", "设有建会入会服务区", areas["joining_desk"], 10),
                rating == SiteRating.County
                    ? Area("功能区", "设有职工讲堂", areas["classroom"], 5)
                    : Area("功能区", "设有心理驿站", areas["counselling"], 5),
                Check("标识标牌", "统一标识标牌，服务项目和开放时间公示上墙", 10),
                Minimum("开放时间", "每周开放时长", "节假日错时开放", Pick(40, 35, 30), "小时/周", 10),
                Minimum("人员值守", "专（兼）职值守人员", null, Pick(3, 2, 1), "人", 10),
                Check("台账制度", "管理制度健全，服务台账、活动记录齐全", 5),
                Minimum("职工书屋", "藏书（含电子书屋）", "配备技能提升、创新类读物", Pick(3000, 2000, 1000), "册", 5),
            ], ct);
            result[(SiteForm.Enterprise, rating)] = await StandardAsync(owner, SiteForm.Enterprise, rating, Pick(85, 80, 75), now,
            [
                Minimum("场地面积", "职工之家使用面积", null, Pick(200, 120, 60), "平方米", 15),
                Area("功能区", "设有职工书屋或图书角", areas["reading_room"], 15),
                Area("功能区", "设有维权诉求接待受理区", areas["rights_reception"], 10),
                Area("功能区", "设有业余休闲兴趣活动场所", areas["hobby_rooms"], 10),
                Check("标识标牌", "统一标识标牌，职工之家制度上墙", 10),
                Minimum("开放时间", "每周开放时长（含午休、下班后）", null, Pick(20, 15, 10), "小时/周", 10),
                Minimum("人员值守", "专（兼）职管理人员", null, Pick(2, 1, 1), "人", 10),
                Check("台账制度", "纳入单位年度工作计划，活动台账齐全", 10),
                Minimum("职工书屋", "藏书", null, Pick(2000, 1000, 500), "册", 10),
            ], ct);
            result[(SiteForm.Mobile, rating)] = await StandardAsync(owner, SiteForm.Mobile, rating, Pick(85, 80, 75), now,
            [
                Area("功能区", "设有户外劳动者驿站（饮水、热饭、充电、休息）", areas["outdoor_station"], 20),
                Area("功能区", "设有法律援助工作站或接待点", areas["legal_aid"], 15),
                Area("功能区", "设有建会入会服务点", areas["joining_desk"], 15),
                Check("标识标牌", "统一标识标牌，服务公示上墙", 10),
                Minimum("开放时间", "每周开放时长", "覆盖工地作息时间", Pick(48, 40, 30), "小时/周", 15),
                Minimum("人员值守", "值守人员", null, Pick(2, 1, 1), "人", 10),
                Check("台账制度", "随工程进度调整服务，服务台账齐全", 15),
            ], ct);
        }
        return result;
    }

    private async Task<Measure> StandardAsync(int owner, SiteForm form, SiteRating rating, int passScore, DateTimeOffset now,
        List<StandardItem> items, CancellationToken ct)
    {
        var standard = new ConstructionStandard
        {
            UnionId = owner,
            Name = $"乐山市{form.Chinese()}职工之家建设标准（{rating.Chinese()}）",
            Form = form,
            Rating = rating,
            PassScore = passScore,
            IsActive = true,
            Note = "依据《乐山市基层工会职工之家阵地建设参考指南》整理，总分 100 分。",
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Standards.Add(standard);
        await db.SaveChangesAsync(ct);
        for (var i = 0; i < items.Count; i++)
        {
            items[i].StandardId = standard.Id;
            items[i].SortOrder = (i + 1) * 10;
        }
        db.StandardItems.AddRange(items);
        await db.SaveChangesAsync(ct);
        return new Measure(standard, items);
    }

    private static StandardItem Minimum(string category, string title, string? requirement, decimal minimum, string unit, int weight) =>
        new() { Category = category, Title = title, Requirement = requirement, Kind = StandardItemKind.Minimum, Minimum = minimum, Unit = unit, Weight = weight };

    private static StandardItem Check(string category, string title, int weight) =>
        new() { Category = category, Title = title, Kind = StandardItemKind.Check, Weight = weight };

    private static StandardItem Area(string category, string title, int areaId, int weight) =>
        new() { Category = category, Title = title, Kind = StandardItemKind.Check, FunctionAreaId = areaId, Weight = weight };
}
