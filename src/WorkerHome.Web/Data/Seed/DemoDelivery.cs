using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Account;
using WorkerHome.Features.Attendance;
using WorkerHome.Features.Dispatch;
using WorkerHome.Features.Feedback;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Volunteers;

namespace WorkerHome.Data.Seed;

/// <summary>
/// The second half of Xigu's menu service as a demo shows it: verified volunteers (a lawyer, a judge, a counsellor)
/// and one registration waiting for review; the next legal class accepted by the lawyer, the next counselling class
/// offered to the counsellor and awaiting an answer, a class the judge declined back on the staff's desk; and a class
/// held last week with its check-ins, a walk-in, a no-show and the attendees' ratings, so the satisfaction figures
/// and the volunteer's hours have something to show. Skipped when the lawyer already has a volunteer record.
/// </summary>
internal sealed class DemoDelivery(AppDbContext db, TimeProvider time)
{
    private static readonly (int Content, int Provider, int Venue, string? Comment)[] PastRatings =
    [
        (5, 5, 4, "陈律师讲得很实在，加班费的算法终于弄明白了"),
        (5, 4, 5, null),
        (4, 5, 4, "希望多讲讲工伤认定"),
        (5, 5, 5, null),
        (3, 4, 4, null),
        (2, 2, 3, "讲得太快了，案例没听懂，希望下次多留提问时间"),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var people = await db.Users.Where(u => u.UserName!.StartsWith("volunteer.") || u.UserName == "xigu")
            .ToDictionaryAsync(u => u.UserName!, u => u.Id, StringComparer.Ordinal, ct);
        if (!people.TryGetValue("volunteer.legal", out var lawyerUser) || await db.Volunteers.AnyAsync(v => v.UserId == lawyerUser, ct))
        {
            return;
        }
        var xigu = await db.Unions.SingleAsync(u => u.Name == "西固区总工会", ct);
        var items = await db.MenuItems.Where(i => i.UnionId == xigu.Id && db.Menus.Any(m => m.Id == i.MenuId && m.Status == MenuStatus.Published))
            .ToListAsync(ct);
        var legal = items.FirstOrDefault(i => i.Category == NeedCategory.LegalAid);
        var psychology = items.FirstOrDefault(i => i.Category == NeedCategory.Psychology);
        if (legal is null || psychology is null)
        {
            return;
        }
        var now = time.GetUtcNow();
        var townships = await db.Sites.Where(s => db.Unions.Any(u => u.Id == s.UnionId && u.Path.StartsWith(xigu.Path)))
            .Select(s => s.RegionCode).Distinct().OrderBy(c => c).ToListAsync(ct);
        var evenings = Windows([1, 2, 3, 4, 5], 18 * 60 + 30, 21 * 60 + 30);

        var lawyer = Add(people["volunteer.legal"], Qualification.Lawyer, "16201201810123456", "甘肃金城律师事务所",
            [NeedCategory.LegalAid, NeedCategory.EmploymentRights], ["劳动合同", "工资", "工伤"], townships,
            [.. evenings, .. Windows([6], 9 * 60, 17 * 60)], "执业十二年，长期为西固区职工提供劳动争议咨询。", xigu.Id, now);
        var judge = Add(people["volunteer.judge"], Qualification.Judge, "620104012345", "西固区人民法院",
            [NeedCategory.LegalAid, NeedCategory.WomenWorkers], ["婚姻家庭", "民法典"], townships, evenings,
            "以案释法，讲《民法典》婚姻家庭编。", xigu.Id, now);
        var counsellor = Add(people["volunteer.counsel"], Qualification.Counsellor, "XL2017062100345", "兰州市职工心理服务站",
            [NeedCategory.Psychology], ["压力疏导", "情绪管理"], townships, [.. evenings, .. Windows([6, 7], 9 * 60, 12 * 60)],
            "国家二级心理咨询师，擅长倒班职工的压力疏导。", xigu.Id, now);
        var trainer = Add(people["volunteer.new"], Qualification.Trainer, "PX2024110800021", "西固区职业技能培训学校",
            [NeedCategory.SkillsTraining], ["短视频", "剪辑"], townships, Windows([6, 7], 9 * 60, 17 * 60),
            "教手机拍摄与剪辑。", xigu.Id, now);
        trainer.Status = VolunteerStatus.Pending;
        trainer.ReviewedAt = null;
        await db.SaveChangesAsync(ct);

        var staff = people["xigu"];
        var legalSessions = await db.Sessions.Where(s => s.MenuItemId == legal.Id).OrderBy(s => s.StartsAt).ToListAsync(ct);
        var counsellingSession = await db.Sessions.Where(s => s.MenuItemId == psychology.Id).OrderBy(s => s.StartsAt).FirstAsync(ct);

        // The next legal class: the lawyer accepted.
        await AcceptedAsync(legalSessions[0], lawyer, staff, now.AddDays(-1), ct);
        // The counselling class: offered to the counsellor, the answer due tomorrow.
        var offered = Dispatch(counsellingSession, xigu.Id, staff, now.AddHours(-2), DispatchStatus.Offered, NoAnswerPolicy.NextCandidate);
        offered.Queue = [];
        await db.SaveChangesAsync(ct);
        db.DispatchOffers.Add(new DispatchOffer { DispatchId = offered.Id, VolunteerId = counsellor.Id, Rank = 1, OfferedAt = now.AddHours(-2), ExpiresAt = now.AddHours(22) });
        // The second legal class: the judge declined; back on the staff's desk.
        if (legalSessions.Count > 1)
        {
            var declined = Dispatch(legalSessions[1], xigu.Id, staff, now.AddHours(-30), DispatchStatus.Waiting, NoAnswerPolicy.BackToStaff);
            await db.SaveChangesAsync(ct);
            db.DispatchOffers.Add(new DispatchOffer
            {
                DispatchId = declined.Id, VolunteerId = judge.Id, Rank = 1, Status = OfferStatus.Declined, OfferedAt = now.AddHours(-30),
                ExpiresAt = now.AddHours(-6), AnsweredAt = now.AddHours(-20), DeclineReason = "当天有庭审安排，建议改派陈律师",
            });
        }
        await db.SaveChangesAsync(ct);
        await HeldLastWeekAsync(legal, legalSessions[0], lawyer, staff, now, ct);
    }

    /// <summary>A legal class a week ago, delivered by the lawyer: 8 confirmed, 7 came, 1 walk-in, 6 ratings.</summary>
    private async Task HeldLastWeekAsync(MenuItem legal, Session template, Volunteer lawyer, Guid staff, DateTimeOffset now, CancellationToken ct)
    {
        var startsAt = template.StartsAt.AddDays(-14);
        if (startsAt.AddMinutes(90) >= now)
        {
            startsAt = now.AddDays(-7);
        }
        var held = new Session
        {
            MenuItemId = legal.Id, UnionId = template.UnionId, StartsAt = startsAt, EndsAt = startsAt.AddMinutes(90), SiteId = template.SiteId,
            Place = template.Place, Capacity = 20, Confirmed = 8, Version = 1, CreatedAt = startsAt.AddDays(-10),
            FeedbackInvitedAt = startsAt.AddMinutes(90),
        };
        db.Sessions.Add(held);
        await db.SaveChangesAsync(ct);
        await AcceptedAsync(held, lawyer, staff, startsAt.AddDays(-8), ct);

        var xiguPath = await db.Unions.Where(u => u.Id == template.UnionId).Select(u => u.Path).SingleAsync(ct);
        var workers = await db.Users.Where(u => u.UserName!.StartsWith("worker") && db.Unions.Any(x => x.Id == u.HomeUnionId && x.Path.StartsWith(xiguPath)))
            .OrderBy(u => u.UserName).Select(u => u.Id).Take(9).ToListAsync(ct);
        var orders = workers.Take(8).Select(w => new Order
        {
            SessionId = held.Id, MenuItemId = legal.Id, UserId = w, Status = OrderStatus.Confirmed,
            CreatedAt = startsAt.AddDays(-5), ConfirmedAt = startsAt.AddDays(-5),
        }).ToList();
        db.Orders.AddRange(orders);
        await db.SaveChangesAsync(ct);

        // Seven of the eight came (the last is the no-show); one more came without an order.
        var checkIns = orders.Take(7).Select((o, i) => new CheckIn
        {
            SessionId = held.Id, UserId = o.UserId, OrderId = o.Id, CheckedInAt = startsAt.AddMinutes(-10 + i),
            Method = i == 6 ? CheckInMethod.ByHand : CheckInMethod.QrCode, RecordedBy = i == 6 ? staff : null,
        }).ToList();
        if (workers.Count > 8)
        {
            checkIns.Add(new CheckIn { SessionId = held.Id, UserId = workers[8], CheckedInAt = startsAt.AddMinutes(5), Method = CheckInMethod.ByHand, IsWalkIn = true, RecordedBy = staff });
        }
        db.CheckIns.AddRange(checkIns);
        db.Feedback.AddRange(PastRatings.Select((r, i) => new SessionFeedback
        {
            SessionId = held.Id, UserId = checkIns[i].UserId, MenuItemId = legal.Id, UnionId = held.UnionId, SiteId = held.SiteId,
            VolunteerId = lawyer.Id, Mode = legal.Mode, ContentStars = r.Content, ProviderStars = r.Provider, VenueStars = r.Venue,
            Comment = r.Comment, CommentModeration = r.Comment is null ? null : ModerationStatus.Approved,
            IsLow = Math.Min(r.Content, Math.Min(r.Provider, r.Venue)) <= SessionFeedback.LowStars,
            FollowUp = Math.Min(r.Content, Math.Min(r.Provider, r.Venue)) <= SessionFeedback.LowStars ? FollowUpStatus.Open : FollowUpStatus.None,
            CreatedAt = held.EndsAt.AddHours(2 + i),
        }));
        await db.SaveChangesAsync(ct);
    }

    private Volunteer Add(Guid userId, Qualification qualification, string certificate, string organization, List<NeedCategory> skills,
        List<string> tags, List<string> townships, List<AvailabilityWindow> windows, string introduction, int unionId, DateTimeOffset now)
    {
        var volunteer = new Volunteer
        {
            UserId = userId, UnionId = unionId, Qualification = qualification, CertificateNumber = certificate, Organization = organization,
            Skills = skills, Tags = tags, RegionCodes = townships, Availability = windows, Introduction = introduction, MaxSessionsPerMonth = 4,
            BaseLatitude = 36.0768, BaseLongitude = 103.6151,
            Status = VolunteerStatus.Verified, ReviewedAt = now.AddDays(-20), CreatedAt = now.AddDays(-25), Version = 1,
        };
        db.Volunteers.Add(volunteer);
        return volunteer;
    }

    private ServiceDispatch Dispatch(Session session, int unionId, Guid staff, DateTimeOffset at, DispatchStatus status, NoAnswerPolicy policy)
    {
        var dispatch = new ServiceDispatch
        {
            UnionId = unionId, SessionId = session.Id, Status = status, OnNoAnswer = policy, CreatedBy = staff, CreatedAt = at, Version = 1,
        };
        db.Dispatches.Add(dispatch);
        return dispatch;
    }

    private async Task AcceptedAsync(Session session, Volunteer volunteer, Guid staff, DateTimeOffset at, CancellationToken ct)
    {
        var dispatch = Dispatch(session, session.UnionId, staff, at, DispatchStatus.Accepted, NoAnswerPolicy.NextCandidate);
        dispatch.VolunteerId = volunteer.Id;
        dispatch.AcceptedAt = at.AddHours(3);
        session.VolunteerId = volunteer.Id;
        await db.SaveChangesAsync(ct);
        db.DispatchOffers.Add(new DispatchOffer
        {
            DispatchId = dispatch.Id, VolunteerId = volunteer.Id, Rank = 1, Status = OfferStatus.Accepted, OfferedAt = at,
            ExpiresAt = at.AddHours(24), AnsweredAt = at.AddHours(3),
        });
    }

    private static List<AvailabilityWindow> Windows(int[] days, int from, int to) =>
        [.. days.Select(d => new AvailabilityWindow { Day = d, FromMinute = from, ToMinute = to })];
}
