using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Training;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Data.Seed;

/// <summary>
/// Skills training and jobs at Emeishan's sites: a finished 柑橘种植 course for returning migrant workers with
/// attendance, completions and certificates (worker03 holds one); a 家政服务 course open for enrolment (the browser
/// journey enrols in it); two postings from local employers with referrals in several statuses. Counters
/// (places taken, openings filled, certificate serials) match the rows. Skipped once any course exists.
/// </summary>
internal sealed class DemoTraining(AppDbContext db, TimeProvider time)
{
    public const string OpenCourseTitle = "家政服务技能培训（第3期）";

    /// <summary>Days from today of the citrus course's four weekly sessions, two months back.</summary>
    private static readonly int[] CitrusWeeks = [-63, -56, -49, -42];

    /// <summary>Days from today of the open course's sessions: all after the test clock's 2026-12-05.</summary>
    private static readonly int[] HousekeepingWeeks = [7, 14, 21];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.TrainingCourses.AnyAsync(ct))
        {
            return;
        }
        var now = time.GetUtcNow();
        var today = time.LocalToday();
        var union = await db.Unions.AsNoTracking().Where(u => u.Name == "峨眉山市总工会").Select(u => new { u.Id, u.Name }).SingleAsync(ct);
        var staff = await db.Users.AsNoTracking().Where(u => u.UserName == "emeishan").Select(u => new { u.Id, u.DisplayName }).SingleAsync(ct);
        var workers = await db.Users.AsNoTracking().Where(u => u.UserName!.StartsWith("worker"))
            .ToDictionaryAsync(u => u.UserName!, u => new { u.Id, u.DisplayName }, StringComparer.Ordinal, ct);
        var fuxi = await db.Sites.AsNoTracking().Where(s => s.Name == "峨眉山市符溪镇职工之家").Select(s => s.Id).SingleAsync(ct);
        var huahuayuan = await db.Sites.AsNoTracking().Where(s => s.Name == "峨眉山市绥山镇红华苑社区职工之家").Select(s => s.Id).SingleAsync(ct);

        // Three of the citrus course's four sessions complete it.
        var citrusDays = CitrusWeeks.Select(d => today.AddDays(d)).ToArray();
        var citrus = new TrainingCourse
        {
            UnionId = union.Id, SiteId = fuxi, Title = "返乡农民工柑橘种植技术培训", TargetGroup = "返乡农民工",
            Description = "由市农技站专家授课，讲解柑橘建园、整形修剪、病虫害绿色防控和采后处理，课堂讲授与果园实操结合。结业后由工会推荐到本地合作社和果园就业。",
            Tags = ["柑橘种植", "果树修剪", "病虫害防治"], Capacity = 30, Enrolled = 5,
            EnrolFrom = ChinaTime.FromLocal(citrusDays[0].AddDays(-30), new TimeOnly(9, 0)),
            EnrolUntil = ChinaTime.FromLocal(citrusDays[0].AddDays(-1), new TimeOnly(18, 0)),
            Status = CourseStatus.Finished, RequiredSessions = 3, CertificateTitle = "柑橘种植技术培训结业证书",
            CreatedAt = now.AddDays(-100), UpdatedAt = now.AddDays(-41), FinishedAt = ChinaTime.FromLocal(citrusDays[3], new TimeOnly(17, 0)),
        };
        var housekeepingDays = HousekeepingWeeks.Select(d => today.AddDays(d)).ToArray();
        var housekeeping = new TrainingCourse
        {
            UnionId = union.Id, SiteId = huahuayuan, Title = OpenCourseTitle, TargetGroup = "有意从事家政服务的职工和家属",
            Description = "家政服务员（初级）技能培训：居家保洁与收纳、母婴护理基础、老年人照护与安全。出勤两次以上即可结业，结业后推荐到本地家政企业。",
            Tags = ["家政服务", "母婴护理", "养老护理"], Capacity = 20, Enrolled = 2,
            EnrolFrom = now.AddDays(-3), EnrolUntil = ChinaTime.FromLocal(housekeepingDays[0].AddDays(-1), new TimeOnly(18, 0)),
            Status = CourseStatus.Open, RequiredSessions = 2, CertificateTitle = "家政服务技能培训结业证书",
            CreatedAt = now.AddDays(-5), UpdatedAt = now.AddDays(-3),
        };
        db.TrainingCourses.AddRange(citrus, housekeeping);
        await db.SaveChangesAsync(ct);

        string[] citrusTopics = ["柑橘建园与品种选择", "整形修剪实操", "病虫害绿色防控", "采后处理与电商销售"];
        var citrusSessions = citrusDays.Select((d, i) => new TrainingSession
        {
            CourseId = citrus.Id, Topic = citrusTopics[i], Teacher = "市农技站 周建国", Place = i == 1 ? "符溪镇柑橘示范园" : "符溪镇职工之家职工讲堂",
            StartsAt = ChinaTime.FromLocal(d, new TimeOnly(9, 0)), EndsAt = ChinaTime.FromLocal(d, new TimeOnly(12, 0)),
        }).ToList();
        string[] housekeepingTopics = ["居家保洁与收纳", "母婴护理基础", "老年人照护与安全"];
        var housekeepingSessions = housekeepingDays.Select((d, i) => new TrainingSession
        {
            CourseId = housekeeping.Id, Topic = housekeepingTopics[i], Teacher = "峨眉山市职业技术学校 陈丽", Place = "红华苑社区职工之家职工讲堂",
            StartsAt = ChinaTime.FromLocal(d, new TimeOnly(14, 0)), EndsAt = ChinaTime.FromLocal(d, new TimeOnly(17, 0)),
        }).ToList();
        db.TrainingSessions.AddRange(citrusSessions);
        db.TrainingSessions.AddRange(housekeepingSessions);

        // Sessions attended per trainee: worker05 came twice and does not complete.
        (string Worker, string Township, int Attended)[] trainees =
            [("worker01", "511181106", 4), ("worker02", "511181106", 3), ("worker03", "511181100", 4), ("worker04", "511181103", 3), ("worker05", "511181106", 2)];
        var enrolments = trainees.ToDictionary(t => t.Worker, t => new TrainingEnrolment
        {
            CourseId = citrus.Id, UserId = workers[t.Worker].Id, TownshipCode = t.Township, Skills = ["农业种植"],
            Status = t.Attended >= citrus.RequiredSessions ? EnrolmentStatus.Completed : EnrolmentStatus.NotCompleted,
            EnrolledAt = citrus.EnrolFrom.AddDays(2), CompletedAt = t.Attended >= citrus.RequiredSessions ? citrus.FinishedAt : null,
        }, StringComparer.Ordinal);
        db.TrainingEnrolments.AddRange(enrolments.Values);
        db.TrainingEnrolments.AddRange(
            new TrainingEnrolment { CourseId = housekeeping.Id, UserId = workers["worker06"].Id, TownshipCode = "511181100", Status = EnrolmentStatus.Enrolled, EnrolledAt = now.AddDays(-2) },
            new TrainingEnrolment { CourseId = housekeeping.Id, UserId = workers["worker07"].Id, TownshipCode = "511181001", Status = EnrolmentStatus.Enrolled, EnrolledAt = now.AddDays(-1) });
        await db.SaveChangesAsync(ct);

        foreach (var (worker, _, attended) in trainees)
        {
            db.TrainingAttendances.AddRange(citrusSessions.Take(attended).Select(s => new TrainingAttendance
            {
                SessionId = s.Id, EnrolmentId = enrolments[worker].Id, Source = AttendanceSource.RollCall, RecordedAt = s.StartsAt.AddMinutes(10), RecordedBy = staff.Id,
            }));
        }

        var issuedAt = citrus.FinishedAt!.Value;
        var year = ChinaTime.ToLocal(issuedAt).Year;
        var hours = Math.Round((decimal)citrusSessions.Sum(s => (s.EndsAt - s.StartsAt).TotalHours), 1);
        var completed = trainees.Where(t => t.Attended >= citrus.RequiredSessions).ToList();
        db.CertificateSequences.Add(new CertificateSequence { UnionId = union.Id, Year = year, Last = completed.Count });
        db.TrainingCertificates.AddRange(completed.Select((t, i) => new TrainingCertificate
        {
            EnrolmentId = enrolments[t.Worker].Id, CourseId = citrus.Id, UserId = workers[t.Worker].Id, UnionId = union.Id, Year = year, Serial = i + 1,
            Number = FinishCourse.NumberOf(union.Id, year, i + 1), VerificationCode = FinishCourse.NewCode(), HolderName = workers[t.Worker].DisplayName,
            CourseTitle = citrus.Title, Title = citrus.CertificateTitle, Hours = hours, UnionName = union.Name, IssuedAt = issuedAt,
        }));

        var orchard = new JobPosting
        {
            UnionId = union.Id, Employer = "峨眉山市柑橘专业合作社", Title = "柑橘园管护技术员", TownshipCode = "511181106",
            Description = "负责合作社 300 亩柑橘园的修剪、施肥、病虫害防治，带领季节工采收。包午餐，农忙期有加班补贴。",
            Tags = ["柑橘种植", "果树修剪"], Openings = 3, Hired = 1, WageText = "4000-5000元/月", ContactName = "合作社 刘社长", ContactPhone = "13890331234",
            ValidUntil = today.AddDays(45), Status = JobStatus.Open, CreatedAt = now.AddDays(-35), UpdatedAt = now.AddDays(-35),
        };
        var homecare = new JobPosting
        {
            UnionId = union.Id, Employer = "峨眉山市佳悦家政服务有限公司", Title = "家政服务员", TownshipCode = "511181100",
            Description = "居家保洁、做饭、照护老人或婴幼儿，按单或住家均可，公司统一购买保险并提供岗前带教。",
            Tags = ["家政服务", "母婴护理", "养老护理"], Openings = 5, WageText = "3500-6000元/月", ContactName = "公司 赵经理", ContactPhone = "13990335678",
            ValidUntil = today.AddDays(60), Status = JobStatus.Open, CreatedAt = now.AddDays(-4), UpdatedAt = now.AddDays(-4),
        };
        db.JobPostings.AddRange(orchard, homecare);
        await db.SaveChangesAsync(ct);

        // Each referral's history is the path a staff member walked: 推荐 → 面试 → 录用 / 未录用.
        (string Worker, ReferralStatus[] Path)[] referrals =
        [
            ("worker01", [ReferralStatus.Recommended, ReferralStatus.Interviewing, ReferralStatus.Hired]),
            ("worker02", [ReferralStatus.Recommended, ReferralStatus.Interviewing]),
            ("worker03", [ReferralStatus.Recommended]),
            ("worker04", [ReferralStatus.Recommended, ReferralStatus.Interviewing, ReferralStatus.Rejected]),
        ];
        var referredAt = issuedAt.AddDays(5);
        foreach (var (worker, path) in referrals)
        {
            var last = referredAt.AddDays(3 * (path.Length - 1));
            var referral = new JobReferral
            {
                PostingId = orchard.Id, UnionId = union.Id, UserId = workers[worker].Id, EnrolmentId = enrolments[worker].Id, Status = path[^1],
                CreatedAt = referredAt, UpdatedAt = last,
            };
            db.JobReferrals.Add(referral);
            await db.SaveChangesAsync(ct);
            db.JobReferralSteps.AddRange(path.Select((status, i) => new JobReferralStep
            {
                ReferralId = referral.Id, Status = status, At = referredAt.AddDays(3 * i), ByUserId = staff.Id, ByName = staff.DisplayName,
                Note = status switch
                {
                    ReferralStatus.Recommended => "柑橘种植培训结业，修剪实操表现好",
                    ReferralStatus.Hired => "已签订劳动合同",
                    ReferralStatus.Rejected => "合作社要求能驾驶农用车",
                    _ => null,
                },
            }));
        }
        await db.SaveChangesAsync(ct);
    }
}
