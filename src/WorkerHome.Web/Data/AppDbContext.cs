using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Account;
using WorkerHome.Features.Attendance;
using WorkerHome.Features.Bookings;
using WorkerHome.Features.ChildCare;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Counselling;
using WorkerHome.Features.RightsCases;
using WorkerHome.Features.Dispatch;
using WorkerHome.Features.Feedback;
using WorkerHome.Features.Funding;
using WorkerHome.Features.Library;
using WorkerHome.Features.Membership;
using WorkerHome.Features.Aid;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Notifications;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Planning;
using WorkerHome.Features.Privacy;
using WorkerHome.Features.Regions;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Statistics.Tallies;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Standards;
using WorkerHome.Features.Training;
using WorkerHome.Features.Unions;
using WorkerHome.Features.Volunteers;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Files;
using WorkerHome.Infrastructure.Privacy;

namespace WorkerHome.Data;

/// <summary>
/// The one database of the platform. Each room contributes its entities and mapping; this class only lists
/// them. Provider-specific subclasses (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>)
/// exist so each provider keeps its own migrations (see docs/adr/0001).
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityUserContext<AppUser, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Union> Unions => Set<Union>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<Site> Sites => Set<Site>();
    public DbSet<FunctionArea> FunctionAreas => Set<FunctionArea>();
    public DbSet<OperationLog> OperationLogs => Set<OperationLog>();
    public DbSet<NeedsSurvey> NeedsSurveys => Set<NeedsSurvey>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<Need> Needs => Set<Need>();
    public DbSet<NeedMeToo> NeedMeToos => Set<NeedMeToo>();
    public DbSet<NeedGroup> NeedGroups => Set<NeedGroup>();
    public DbSet<SensitiveWord> SensitiveWords => Set<SensitiveWord>();
    public DbSet<ModerationCase> ModerationCases => Set<ModerationCase>();
    public DbSet<ServiceMenu> Menus => Set<ServiceMenu>();
    public DbSet<MenuItem> MenuItems => Set<MenuItem>();
    public DbSet<MenuItemNeed> MenuItemNeeds => Set<MenuItemNeed>();
    public DbSet<ItemInterest> ItemInterests => Set<ItemInterest>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<DeletionRequest> DeletionRequests => Set<DeletionRequest>();
    public DbSet<SensitiveAccess> SensitiveAccessLog => Set<SensitiveAccess>();
    public DbSet<PublicHoliday> PublicHolidays => Set<PublicHoliday>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Volunteer> Volunteers => Set<Volunteer>();
    public DbSet<ServiceDispatch> Dispatches => Set<ServiceDispatch>();
    public DbSet<DispatchOffer> DispatchOffers => Set<DispatchOffer>();
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();
    public DbSet<SessionFeedback> Feedback => Set<SessionFeedback>();
    public DbSet<ConstructionStandard> Standards => Set<ConstructionStandard>();
    public DbSet<StandardItem> StandardItems => Set<StandardItem>();
    public DbSet<SiteAssessment> SiteAssessments => Set<SiteAssessment>();
    public DbSet<ConstructionPlan> ConstructionPlans => Set<ConstructionPlan>();
    public DbSet<PlanTarget> PlanTargets => Set<PlanTarget>();
    public DbSet<TownshipProfile> TownshipProfiles => Set<TownshipProfile>();
    public DbSet<ConstructionProject> ConstructionProjects => Set<ConstructionProject>();
    public DbSet<ProjectStep> ProjectSteps => Set<ProjectStep>();
    public DbSet<ProjectMilestone> ProjectMilestones => Set<ProjectMilestone>();
    public DbSet<ProjectDocument> ProjectDocuments => Set<ProjectDocument>();
    public DbSet<FundingLine> FundingLines => Set<FundingLine>();
    public DbSet<FundingPayment> FundingPayments => Set<FundingPayment>();
    public DbSet<FundingRule> FundingRules => Set<FundingRule>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    // 心理驿站 (Counselling)
    public DbSet<CounsellingSlot> CounsellingSlots => Set<CounsellingSlot>();
    public DbSet<CounsellingBooking> CounsellingBookings => Set<CounsellingBooking>();
    public DbSet<CounsellingNote> CounsellingNotes => Set<CounsellingNote>();

    // 维权诉求 (RightsCases)
    public DbSet<RightsCase> RightsCases => Set<RightsCase>();
    public DbSet<RightsCaseStep> RightsCaseSteps => Set<RightsCaseStep>();
    public DbSet<RightsCaseDocument> RightsCaseDocuments => Set<RightsCaseDocument>();
    public DbSet<RightsCaseSequence> RightsCaseSequences => Set<RightsCaseSequence>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // 场地预约 (Features/Bookings)
    public DbSet<BookableRoom> BookableRooms => Set<BookableRoom>();
    public DbSet<RoomBooking> RoomBookings => Set<RoomBooking>();
    public DbSet<RoomBookingSlot> RoomBookingSlots => Set<RoomBookingSlot>();
    public DbSet<BookingSeries> BookingSeries => Set<BookingSeries>();
    // ChildCare and Library (幼儿托管、妈咪宝贝屋、职工书屋)
    public DbSet<CareClass> CareClasses => Set<CareClass>();
    public DbSet<CareEnrolment> CareEnrolments => Set<CareEnrolment>();
    public DbSet<NursingRoom> NursingRooms => Set<NursingRoom>();
    public DbSet<NursingRoomUse> NursingRoomUses => Set<NursingRoomUse>();
    public DbSet<LibraryBook> LibraryBooks => Set<LibraryBook>();
    public DbSet<BookLoan> BookLoans => Set<BookLoan>();
    // Membership (入会、会员卡、转会)
    public DbSet<MembershipApplication> MembershipApplications => Set<MembershipApplication>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<MemberTransfer> MemberTransfers => Set<MemberTransfer>();
    public DbSet<MemberSequence> MemberSequences => Set<MemberSequence>();
    // 困难帮扶 (Aid)
    public DbSet<AidApplication> AidApplications => Set<AidApplication>();
    public DbSet<AidStep> AidSteps => Set<AidStep>();
    public DbSet<AidBudget> AidBudgets => Set<AidBudget>();
    public DbSet<AidDocument> AidDocuments => Set<AidDocument>();

    // Training (技能培训与就业推荐)
    public DbSet<TrainingCourse> TrainingCourses => Set<TrainingCourse>();
    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();
    public DbSet<TrainingEnrolment> TrainingEnrolments => Set<TrainingEnrolment>();
    public DbSet<TrainingAttendance> TrainingAttendances => Set<TrainingAttendance>();
    public DbSet<TrainingCertificate> TrainingCertificates => Set<TrainingCertificate>();
    public DbSet<CertificateSequence> CertificateSequences => Set<CertificateSequence>();
    public DbSet<JobPosting> JobPostings => Set<JobPosting>();
    public DbSet<JobReferral> JobReferrals => Set<JobReferral>();
    public DbSet<JobReferralStep> JobReferralSteps => Set<JobReferralStep>();

    public DbSet<SessionTally> SessionTallies => Set<SessionTally>();
    public DbSet<NeedTally> NeedTallies => Set<NeedTally>();
    public DbSet<VisitorMonth> VisitorMonths => Set<VisitorMonth>();
    public DbSet<VisitorYear> VisitorYears => Set<VisitorYear>();
    public DbSet<VisitorTally> VisitorTallies => Set<VisitorTally>();
    public DbSet<CellTally> CellTallies => Set<CellTally>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new RegionConfiguration());
        builder.ApplyConfiguration(new UnionConfiguration());
        builder.ApplyConfiguration(new AppUserConfiguration());
        builder.ApplyConfiguration(new RoleGrantConfiguration());
        builder.ApplyConfiguration(new SiteConfiguration());
        builder.ApplyConfiguration(new FunctionAreaConfiguration());
        builder.ApplyConfiguration(new OperationLogConfiguration());
        builder.ApplyConfiguration(new NeedsSurveyConfiguration());
        builder.ApplyConfiguration(new SurveyResponseConfiguration());
        builder.ApplyConfiguration(new NeedConfiguration());
        builder.ApplyConfiguration(new NeedMeTooConfiguration());
        builder.ApplyConfiguration(new NeedGroupConfiguration());
        builder.ApplyConfiguration(new SensitiveWordConfiguration());
        builder.ApplyConfiguration(new ModerationCaseConfiguration());
        builder.ApplyConfiguration(new ServiceMenuConfiguration());
        builder.ApplyConfiguration(new MenuItemConfiguration());
        builder.ApplyConfiguration(new MenuItemNeedConfiguration());
        builder.ApplyConfiguration(new ItemInterestConfiguration());
        builder.ApplyConfiguration(new SessionConfiguration());
        builder.ApplyConfiguration(new DeletionRequestConfiguration());
        builder.ApplyConfiguration(new SensitiveAccessConfiguration());
        builder.ApplyConfiguration(new PublicHolidayConfiguration());
        builder.ApplyConfiguration(new OrderConfiguration());
        builder.ApplyConfiguration(new NotificationConfiguration());
        builder.ApplyConfiguration(new OutboxMessageConfiguration());
        builder.ApplyConfiguration(new VolunteerConfiguration());
        builder.ApplyConfiguration(new ServiceDispatchConfiguration());
        builder.ApplyConfiguration(new DispatchOfferConfiguration());
        builder.ApplyConfiguration(new CheckInConfiguration());
        builder.ApplyConfiguration(new SessionFeedbackConfiguration());
        builder.ApplyConfiguration(new ConstructionStandardConfiguration());
        builder.ApplyConfiguration(new StandardItemConfiguration());
        builder.ApplyConfiguration(new SiteAssessmentConfiguration());
        builder.ApplyConfiguration(new ConstructionPlanConfiguration());
        builder.ApplyConfiguration(new PlanTargetConfiguration());
        builder.ApplyConfiguration(new TownshipProfileConfiguration());
        builder.ApplyConfiguration(new ConstructionProjectConfiguration());
        builder.ApplyConfiguration(new ProjectStepConfiguration());
        builder.ApplyConfiguration(new ProjectMilestoneConfiguration());
        builder.ApplyConfiguration(new ProjectDocumentConfiguration());
        builder.ApplyConfiguration(new FundingLineConfiguration());
        builder.ApplyConfiguration(new FundingPaymentConfiguration());
        builder.ApplyConfiguration(new FundingRuleConfiguration());
        builder.ApplyConfiguration(new StoredFileConfiguration());

        // 场地预约
        builder.ApplyConfiguration(new BookableRoomConfiguration());
        builder.ApplyConfiguration(new RoomBookingConfiguration());
        builder.ApplyConfiguration(new RoomBookingSlotConfiguration());
        builder.ApplyConfiguration(new BookingSeriesConfiguration());
        // ChildCare and Library
        builder.ApplyConfiguration(new CareClassConfiguration());
        builder.ApplyConfiguration(new CareEnrolmentConfiguration());
        builder.ApplyConfiguration(new NursingRoomConfiguration());
        builder.ApplyConfiguration(new NursingRoomUseConfiguration());
        builder.ApplyConfiguration(new LibraryBookConfiguration());
        builder.ApplyConfiguration(new BookLoanConfiguration());
        // Membership (入会、会员卡、转会)
        builder.ApplyConfiguration(new MembershipApplicationConfiguration());
        builder.ApplyConfiguration(new MemberConfiguration());
        builder.ApplyConfiguration(new MemberTransferConfiguration());
        builder.ApplyConfiguration(new MemberSequenceConfiguration());
        // 困难帮扶 (Aid)
        builder.ApplyConfiguration(new AidApplicationConfiguration());
        builder.ApplyConfiguration(new AidStepConfiguration());
        builder.ApplyConfiguration(new AidBudgetConfiguration());
        builder.ApplyConfiguration(new AidDocumentConfiguration());

        // Training (技能培训与就业推荐)
        builder.ApplyConfiguration(new TrainingCourseConfiguration());
        builder.ApplyConfiguration(new TrainingSessionConfiguration());
        builder.ApplyConfiguration(new TrainingEnrolmentConfiguration());
        builder.ApplyConfiguration(new TrainingAttendanceConfiguration());
        builder.ApplyConfiguration(new TrainingCertificateConfiguration());
        builder.ApplyConfiguration(new CertificateSequenceConfiguration());
        builder.ApplyConfiguration(new JobPostingConfiguration());
        builder.ApplyConfiguration(new JobReferralConfiguration());
        builder.ApplyConfiguration(new JobReferralStepConfiguration());
        builder.ApplyConfiguration(new SessionTallyConfiguration());
        builder.ApplyConfiguration(new NeedTallyConfiguration());
        builder.ApplyConfiguration(new VisitorMonthConfiguration());
        builder.ApplyConfiguration(new VisitorYearConfiguration());
        builder.ApplyConfiguration(new VisitorTallyConfiguration());
        builder.ApplyConfiguration(new CellTallyConfiguration());
        builder.ApplyConfiguration(new CounsellingSlotConfiguration());
        builder.ApplyConfiguration(new CounsellingBookingConfiguration());
        builder.ApplyConfiguration(new CounsellingNoteConfiguration());
        builder.ApplyConfiguration(new RightsCaseConfiguration());
        builder.ApplyConfiguration(new RightsCaseStepConfiguration());
        builder.ApplyConfiguration(new RightsCaseDocumentConfiguration());
        builder.ApplyConfiguration(new RightsCaseSequenceConfiguration());
    }
}
