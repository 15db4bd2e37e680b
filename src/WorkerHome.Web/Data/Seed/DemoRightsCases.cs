using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Features.RightsCases;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Data.Seed;

/// <summary>
/// 维权诉求 as a demo shows it: in 峨眉山市 a new 欠薪 case (worker04), an overdue 工伤 case nobody acknowledged
/// (worker05) and a case escalated to 乐山市 (worker07); in 井研县 a 劳动合同 case in hand with an internal note (worker06)
/// and a closed, rated one (worker08); in 西固区 a case assigned to volunteer.legal (worker09). Skipped once any case exists.
/// </summary>
internal sealed class DemoRightsCases(AppDbContext db, TimeProvider time, PersonalDataProtector protector, IOptions<RightsCasesOptions> options)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.RightsCases.AnyAsync(ct))
        {
            return;
        }
        var names = new[] { "worker04", "worker05", "worker06", "worker07", "worker08", "worker09", "emeishan", "jingyan", "leshan" };
        var people = await db.Users.Where(u => names.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.DisplayName), ct);
        var unions = await db.Unions.Where(u => u.Name == "峨眉山市总工会" || u.Name == "井研县总工会" || u.Name == "乐山市总工会" || u.Name == "西固区总工会")
            .ToDictionaryAsync(u => u.Name, u => u.Id, ct);
        var lawyer = await db.Volunteers.Where(v => db.Users.Any(u => u.Id == v.UserId && u.UserName == "volunteer.legal"))
            .Select(v => (int?)v.Id).FirstOrDefaultAsync(ct);
        if (people.Count < names.Length || unions.Count < 4)
        {
            return;
        }
        var calendar = await ChineseCalendar.LoadAsync(db, ct);
        var now = time.GetUtcNow();
        var year = ChinaTime.ToLocal(now).Year;
        var serial = 0;
        var steps = new List<(RightsCase Case, RightsCaseStep Step)>();

        RightsCase Case(string worker, string union, RightsCategory category, string employer, string description, long? fen, int daysAgo)
        {
            var submittedAt = now.AddDays(-daysAgo);
            var day = DateOnly.FromDateTime(ChinaTime.ToLocal(submittedAt).DateTime);
            var phone = "199000000" + worker[^2..];
            serial++;
            var c = new RightsCase
            {
                Year = year, Serial = serial, Number = CaseIntake.NumberOf(year, serial), WorkerId = people[worker].Id, PersonName = people[worker].DisplayName,
                PhoneCipher = protector.Encrypt(phone), PhoneMasked = Masking.Phone(phone), Category = category, EmployerName = employer,
                Description = description, AmountFen = fen, UnionId = unions[union], Channel = RightsChannel.Online, ConsentAt = submittedAt,
                SubmittedAt = submittedAt, AcknowledgeBy = calendar.AddWorkingDays(day, options.Value.AcknowledgeWorkingDays),
                CloseBy = day.AddDays(options.Value.CloseDays), Version = 1,
            };
            Step(c, submittedAt, people[worker].DisplayName, RightsStepKind.Submitted, "职工网上提交维权诉求", true);
            return c;
        }

        void Step(RightsCase c, DateTimeOffset at, string by, RightsStepKind kind, string text, bool visible) =>
            steps.Add((c, new RightsCaseStep { At = at, ByName = by, Kind = kind, Text = text, VisibleToWorker = visible }));

        var fresh = Case("worker04", "峨眉山市总工会", RightsCategory.UnpaidWages, "峨眉山某建筑劳务公司",
            "在工地干了四个月，老板只发了一个月工资，剩下三个月一直拖着不给，打电话也不接。", 1_860_000, 0);
        var overdue = Case("worker05", "峨眉山市总工会", RightsCategory.WorkInjury, "峨眉山某石材厂",
            "切割石材时手被划伤缝了八针，厂里不给报销医药费，也不给申报工伤。", 520_000, 8);
        var inHand = Case("worker06", "井研县总工会", RightsCategory.Contract, "井研县某食品公司",
            "入职半年一直没签劳动合同，问人事说试用期不签，想要补签并主张双倍工资。", null, 6);
        inHand.Status = RightsCaseStatus.InProgress;
        inHand.AssignedStaffId = people["jingyan"].Id;
        inHand.AcknowledgedAt = inHand.SubmittedAt.AddDays(1);
        inHand.Version = 3;
        Step(inHand, inHand.SubmittedAt.AddDays(1), people["jingyan"].DisplayName, RightsStepKind.Assigned, $"已分派给工作人员 {people["jingyan"].DisplayName}", true);
        Step(inHand, inHand.SubmittedAt.AddDays(2), people["jingyan"].DisplayName, RightsStepKind.Note, "已联系公司人事，约定下周三到工会协商补签合同。", true);
        Step(inHand, inHand.SubmittedAt.AddDays(2), people["jingyan"].DisplayName, RightsStepKind.Note, "内部：该公司去年也有未签合同的投诉。", false);

        var escalated = Case("worker07", "峨眉山市总工会", RightsCategory.SocialInsurance, "乐山某物流公司峨眉山分公司",
            "公司从去年起没给交社保，分公司说归乐山总公司管，总公司又说找分公司。", null, 10);
        escalated.Status = RightsCaseStatus.Assigned;
        escalated.AssignedStaffId = people["emeishan"].Id;
        escalated.AcknowledgedAt = escalated.SubmittedAt.AddDays(1);
        escalated.UnionId = unions["乐山市总工会"];
        escalated.Version = 3;
        Step(escalated, escalated.SubmittedAt.AddDays(1), people["emeishan"].DisplayName, RightsStepKind.Assigned, $"已分派给工作人员 {people["emeishan"].DisplayName}", true);
        Step(escalated, escalated.SubmittedAt.AddDays(3), people["emeishan"].DisplayName, RightsStepKind.Escalated,
            "由峨眉山市总工会上报至乐山市总工会：用人单位总部在乐山市区，需市总协调", true);

        var closed = Case("worker08", "井研县总工会", RightsCategory.Dismissal, "井研县某纺织厂",
            "厂里说效益不好让我明天不用来了，没有任何补偿，我在厂里干了五年。", 3_000_000, 25);
        closed.Status = RightsCaseStatus.Closed;
        closed.AssignedStaffId = people["jingyan"].Id;
        closed.AcknowledgedAt = closed.SubmittedAt.AddDays(1);
        closed.Outcome = RightsOutcome.Mediated;
        closed.ClosedAt = closed.SubmittedAt.AddDays(12);
        closed.Rating = 5;
        closed.RatingComment = "工会的同志很负责，补偿金拿到了。";
        closed.RatedAt = closed.ClosedAt.Value.AddDays(1);
        closed.Version = 4;
        Step(closed, closed.SubmittedAt.AddDays(1), people["jingyan"].DisplayName, RightsStepKind.Assigned, $"已分派给工作人员 {people["jingyan"].DisplayName}", true);
        Step(closed, closed.SubmittedAt.AddDays(5), people["jingyan"].DisplayName, RightsStepKind.Note, "组织双方调解，厂方同意按工龄支付经济补偿。", true);
        Step(closed, closed.ClosedAt.Value, people["jingyan"].DisplayName, RightsStepKind.Closed, "已办结：调解成功。厂方支付经济补偿三万元", true);
        Step(closed, closed.RatedAt.Value, people["worker08"].DisplayName, RightsStepKind.Rated, "职工评价：5 分。工会的同志很负责，补偿金拿到了。", true);

        var all = new List<RightsCase> { fresh, overdue, inHand, escalated, closed };
        if (lawyer is { } lawyerId)
        {
            var aided = Case("worker09", "西固区总工会", RightsCategory.UnpaidWages, "西固区某装修公司",
                "装修队老板拖欠我和三个工友的工资共四万多元，人已经找不到了。", 4_200_000, 4);
            aided.Status = RightsCaseStatus.Assigned;
            aided.AssignedVolunteerId = lawyerId;
            aided.AcknowledgedAt = aided.SubmittedAt.AddDays(1);
            aided.Version = 2;
            Step(aided, aided.SubmittedAt.AddDays(1), "西固区总工会 赵丽", RightsStepKind.Assigned, "已分派给法律志愿者 法律志愿者 陈律师", true);
            all.Add(aided);
        }
        db.RightsCases.AddRange(all);
        db.RightsCaseSequences.Add(new RightsCaseSequence { Year = year, Last = serial });
        await db.SaveChangesAsync(ct);
        foreach (var (c, step) in steps)
        {
            step.CaseId = c.Id;
            db.RightsCaseSteps.Add(step);
        }
        await db.SaveChangesAsync(ct);
    }
}
