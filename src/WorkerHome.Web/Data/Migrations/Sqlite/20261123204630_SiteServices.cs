using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkerHome.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SiteServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Amenities",
                table: "Sites",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "BookableRooms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    FunctionAreaId = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SlotMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    MinLeadHours = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxAdvanceDays = table.Column<int>(type: "INTEGER", nullable: false),
                    WeeklyLimit = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiresApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    CheckInGraceMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookableRooms", x => x.Id);
                    table.CheckConstraint("CK_BookableRooms_Rules", "\"Capacity\" > 0 AND \"SlotMinutes\" IN (30, 60, 90, 120) AND \"MinLeadHours\" >= 0 AND \"MaxAdvanceDays\" >= 0 AND \"WeeklyLimit\" > 0 AND \"CheckInGraceMinutes\" >= 0");
                    table.ForeignKey(
                        name: "FK_BookableRooms_FunctionAreas_FunctionAreaId",
                        column: x => x.FunctionAreaId,
                        principalTable: "FunctionAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BookableRooms_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "可预约场地：舞蹈室、多媒体室、教室、健身房及其预约规则");

            migrationBuilder.CreateTable(
                name: "CareClasses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DailyFrom = table.Column<int>(type: "INTEGER", nullable: false),
                    DailyTo = table.Column<int>(type: "INTEGER", nullable: false),
                    MinAge = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxAge = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Enrolled = table.Column<int>(type: "INTEGER", nullable: false),
                    WaitlistLimit = table.Column<int>(type: "INTEGER", nullable: false),
                    Waitlisted = table.Column<int>(type: "INTEGER", nullable: false),
                    EnrolmentOpensAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EnrolmentClosesAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FeeFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareClasses", x => x.Id);
                    table.CheckConstraint("CK_CareClasses_Places", "\"Enrolled\" >= 0 AND \"Enrolled\" <= \"Capacity\" AND \"Waitlisted\" >= 0 AND \"Waitlisted\" <= \"WaitlistLimit\"");
                    table.CheckConstraint("CK_CareClasses_Ranges", "\"FirstDay\" <= \"LastDay\" AND \"DailyFrom\" < \"DailyTo\" AND \"MinAge\" <= \"MaxAge\" AND \"FeeFen\" >= 0");
                    table.ForeignKey(
                        name: "FK_CareClasses_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareClasses_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "幼儿托管班：日期、每日时段、年龄范围、名额与候补上限、报名时间、费用（分）");

            migrationBuilder.CreateTable(
                name: "CertificateSequences",
                columns: table => new
                {
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateSequences", x => new { x.UnionId, x.Year });
                    table.ForeignKey(
                        name: "FK_CertificateSequences_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                },
                comment: "结业证书编号（每个发证工会每年一个序列）");

            migrationBuilder.CreateTable(
                name: "CounsellingSlots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CounsellorId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: true),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounsellingSlots", x => x.Id);
                    table.CheckConstraint("CK_CounsellingSlots_Site", "(\"Mode\" = 1) = (\"SiteId\" IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_CounsellingSlots_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CounsellingSlots_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CounsellingSlots_Volunteers_CounsellorId",
                        column: x => x.CounsellorId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "心理驿站：咨询师发布的咨询时段（到站面谈须指定阵地）");

            migrationBuilder.CreateTable(
                name: "JobPostings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TownshipCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    Openings = table.Column<int>(type: "INTEGER", nullable: false),
                    Hired = table.Column<int>(type: "INTEGER", nullable: false),
                    WageText = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobPostings", x => x.Id);
                    table.CheckConstraint("CK_JobPostings_Hired", "\"Hired\" >= 0 AND \"Hired\" <= \"Openings\"");
                    table.ForeignKey(
                        name: "FK_JobPostings_Regions_TownshipCode",
                        column: x => x.TownshipCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JobPostings_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "招聘岗位（就业推荐）");

            migrationBuilder.CreateTable(
                name: "LibraryBooks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Isbn = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Copies = table.Column<int>(type: "INTEGER", nullable: false),
                    CopiesOut = table.Column<int>(type: "INTEGER", nullable: false),
                    ShelfMark = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryBooks", x => x.Id);
                    table.CheckConstraint("CK_LibraryBooks_Copies", "\"Copies\" >= 0 AND \"CopiesOut\" >= 0 AND \"CopiesOut\" <= \"Copies\"");
                    table.ForeignKey(
                        name: "FK_LibraryBooks_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LibraryBooks_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "职工书屋藏书：书名、作者、ISBN、分类、册数与借出数、架位");

            migrationBuilder.CreateTable(
                name: "NursingRooms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    InUse = table.Column<int>(type: "INTEGER", nullable: false),
                    Amenities = table.Column<int>(type: "INTEGER", nullable: false),
                    OpensAt = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosesAt = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NursingRooms", x => x.Id);
                    table.CheckConstraint("CK_NursingRooms_Hours", "(\"OpensAt\" IS NULL) = (\"ClosesAt\" IS NULL) AND (\"OpensAt\" IS NULL OR \"OpensAt\" < \"ClosesAt\")");
                    table.CheckConstraint("CK_NursingRooms_Places", "\"Places\" >= 1 AND \"InUse\" >= 0 AND \"InUse\" <= \"Places\"");
                    table.ForeignKey(
                        name: "FK_NursingRooms_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NursingRooms_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "妈咪宝贝屋：位置、位数、设施、开放时间（空为随阵地开放）");

            migrationBuilder.CreateTable(
                name: "TrainingCourses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    TargetGroup = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Enrolled = table.Column<int>(type: "INTEGER", nullable: false),
                    EnrolFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    EnrolUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiredSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    CertificateTitle = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingCourses", x => x.Id);
                    table.CheckConstraint("CK_TrainingCourses_Places", "\"Enrolled\" >= 0 AND \"Enrolled\" <= \"Capacity\"");
                    table.CheckConstraint("CK_TrainingCourses_Required", "\"RequiredSessions\" >= 1");
                    table.ForeignKey(
                        name: "FK_TrainingCourses_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingCourses_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "技能培训课程");

            migrationBuilder.CreateTable(
                name: "BookingSeries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoomId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Weeks = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Slots = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookingSeries", x => x.Id);
                    table.CheckConstraint("CK_BookingSeries_Weeks", "\"Weeks\" BETWEEN 1 AND 26 AND \"Slots\" BETWEEN 1 AND 8");
                    table.ForeignKey(
                        name: "FK_BookingSeries_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BookingSeries_BookableRooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "BookableRooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "周期预约：团体每周固定时段，每次为一条预约");

            migrationBuilder.CreateTable(
                name: "CareEnrolments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClassId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    GuardianId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChildBirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GuardianPhoneCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GuardianPhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HealthNotesCipher = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConsentGivenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsentVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EnrolledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareEnrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareEnrolments_AspNetUsers_GuardianId",
                        column: x => x.GuardianId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareEnrolments_CareClasses_ClassId",
                        column: x => x.ClassId,
                        principalTable: "CareClasses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                },
                comment: "幼儿托管报名：监护人、幼儿、同意书版本；电话与健康备注加密保存");

            migrationBuilder.CreateTable(
                name: "CounsellingBookings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SlotId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActiveSlotId = table.Column<int>(type: "INTEGER", nullable: true),
                    WorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Alias = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Topic = table.Column<int>(type: "INTEGER", nullable: false),
                    NoteCipher = table.Column<string>(type: "TEXT", nullable: true),
                    ContactPreference = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactPhoneCipher = table.Column<string>(type: "TEXT", nullable: true),
                    ContactPhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CrisisFlag = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounsellingBookings", x => x.Id);
                    table.CheckConstraint("CK_CounsellingBookings_Active", "\"ActiveSlotId\" IS NULL OR (\"ActiveSlotId\" = \"SlotId\" AND \"Status\" <> 4)");
                    table.ForeignKey(
                        name: "FK_CounsellingBookings_AspNetUsers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CounsellingBookings_CounsellingSlots_SlotId",
                        column: x => x.SlotId,
                        principalTable: "CounsellingSlots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "心理驿站：职工以化名预约咨询；留言与联系电话加密存储，仅咨询师可见");

            migrationBuilder.CreateTable(
                name: "BookLoans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BookId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReservedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HoldUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Renewed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReturnedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DueSoonRemindedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OverdueRemindedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookLoans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BookLoans_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BookLoans_LibraryBooks_BookId",
                        column: x => x.BookId,
                        principalTable: "LibraryBooks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BookLoans_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "职工书屋借阅：预约、借出、续借、归还与到期提醒");

            migrationBuilder.CreateTable(
                name: "NursingRoomUses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoomId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NursingRoomUses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NursingRoomUses_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NursingRoomUses_NursingRooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "NursingRooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                },
                comment: "妈咪宝贝屋使用记录（不显示姓名；到时自动释放）");

            migrationBuilder.CreateTable(
                name: "TrainingEnrolments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Skills = table.Column<string>(type: "TEXT", nullable: false),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    EnrolledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingEnrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingEnrolments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingEnrolments_Regions_TownshipCode",
                        column: x => x.TownshipCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingEnrolments_TrainingCourses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "TrainingCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                },
                comment: "培训报名（学员）");

            migrationBuilder.CreateTable(
                name: "TrainingSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Teacher = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingSessions", x => x.Id);
                    table.CheckConstraint("CK_TrainingSessions_Time", "\"EndsAt\" > \"StartsAt\"");
                    table.ForeignKey(
                        name: "FK_TrainingSessions_TrainingCourses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "TrainingCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                },
                comment: "培训课次");

            migrationBuilder.CreateTable(
                name: "RoomBookings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoomId = table.Column<int>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SeriesId = table.Column<int>(type: "INTEGER", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReleaseAfter = table.Column<long>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    People = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CheckedInAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckedInBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoomBookings", x => x.Id);
                    table.CheckConstraint("CK_RoomBookings_Times", "\"People\" > 0 AND \"EndsAt\" > \"StartsAt\"");
                    table.ForeignKey(
                        name: "FK_RoomBookings_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoomBookings_BookableRooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "BookableRooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoomBookings_BookingSeries_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "BookingSeries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "场地预约：待审核、已确认、已签到、已释放、已取消、未通过");

            migrationBuilder.CreateTable(
                name: "CounsellingNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BookingId = table.Column<int>(type: "INTEGER", nullable: false),
                    CounsellorId = table.Column<int>(type: "INTEGER", nullable: false),
                    TextCipher = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounsellingNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CounsellingNotes_CounsellingBookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "CounsellingBookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CounsellingNotes_Volunteers_CounsellorId",
                        column: x => x.CounsellorId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "心理驿站：咨询师的会谈记录（加密，仅该咨询师可读）");

            migrationBuilder.CreateTable(
                name: "JobReferrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostingId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobReferrals_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JobReferrals_JobPostings_PostingId",
                        column: x => x.PostingId,
                        principalTable: "JobPostings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JobReferrals_TrainingEnrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "TrainingEnrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "就业推荐（学员推荐到岗位）");

            migrationBuilder.CreateTable(
                name: "TrainingCertificates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnrolmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Serial = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    VerificationCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CourseTitle = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    UnionName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokeReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingCertificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingCertificates_TrainingEnrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "TrainingEnrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingCertificates_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "培训结业证书");

            migrationBuilder.CreateTable(
                name: "TrainingAttendances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnrolmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingAttendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingAttendances_TrainingEnrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "TrainingEnrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingAttendances_TrainingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                },
                comment: "培训出勤（每学员每课次一条）");

            migrationBuilder.CreateTable(
                name: "RoomBookingSlots",
                columns: table => new
                {
                    RoomId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BookingId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoomBookingSlots", x => new { x.RoomId, x.StartsAt });
                    table.ForeignKey(
                        name: "FK_RoomBookingSlots_BookableRooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "BookableRooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoomBookingSlots_RoomBookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "RoomBookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                },
                comment: "已占用的时段：每行一个时段，主键（场地、开始时间）防止重复预约");

            migrationBuilder.CreateTable(
                name: "JobReferralSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferralId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobReferralSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobReferralSteps_JobReferrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "JobReferrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                },
                comment: "就业推荐状态变更记录");

            migrationBuilder.CreateIndex(
                name: "IX_BookableRooms_FunctionAreaId",
                table: "BookableRooms",
                column: "FunctionAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_BookableRooms_SiteId_Name",
                table: "BookableRooms",
                columns: new[] { "SiteId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BookingSeries_RoomId",
                table: "BookingSeries",
                column: "RoomId");

            migrationBuilder.CreateIndex(
                name: "IX_BookingSeries_UserId",
                table: "BookingSeries",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_BookLoans_BookId_Status",
                table: "BookLoans",
                columns: new[] { "BookId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_BookLoans_Status_DueOn",
                table: "BookLoans",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BookLoans_UnionId",
                table: "BookLoans",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_BookLoans_UserId_Status",
                table: "BookLoans",
                columns: new[] { "UserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CareClasses_SiteId_Status",
                table: "CareClasses",
                columns: new[] { "SiteId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CareClasses_UnionId",
                table: "CareClasses",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_CareEnrolments_ClassId_GuardianId_ChildName_ChildBirthDate",
                table: "CareEnrolments",
                columns: new[] { "ClassId", "GuardianId", "ChildName", "ChildBirthDate" },
                unique: true,
                filter: "\"Status\" IN (1, 2)");

            migrationBuilder.CreateIndex(
                name: "IX_CareEnrolments_ClassId_Status_Id",
                table: "CareEnrolments",
                columns: new[] { "ClassId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CareEnrolments_GuardianId",
                table: "CareEnrolments",
                column: "GuardianId");

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingBookings_ActiveSlotId",
                table: "CounsellingBookings",
                column: "ActiveSlotId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingBookings_SlotId",
                table: "CounsellingBookings",
                column: "SlotId");

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingBookings_WorkerId_Status",
                table: "CounsellingBookings",
                columns: new[] { "WorkerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingNotes_BookingId",
                table: "CounsellingNotes",
                column: "BookingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingNotes_CounsellorId",
                table: "CounsellingNotes",
                column: "CounsellorId");

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingSlots_CounsellorId_StartsAt",
                table: "CounsellingSlots",
                columns: new[] { "CounsellorId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingSlots_SiteId_StartsAt",
                table: "CounsellingSlots",
                columns: new[] { "SiteId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingSlots_UnionId_StartsAt",
                table: "CounsellingSlots",
                columns: new[] { "UnionId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JobPostings_Status_ValidUntil",
                table: "JobPostings",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_JobPostings_TownshipCode",
                table: "JobPostings",
                column: "TownshipCode");

            migrationBuilder.CreateIndex(
                name: "IX_JobPostings_UnionId_Status",
                table: "JobPostings",
                columns: new[] { "UnionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_JobReferrals_EnrolmentId",
                table: "JobReferrals",
                column: "EnrolmentId");

            migrationBuilder.CreateIndex(
                name: "IX_JobReferrals_PostingId_UserId",
                table: "JobReferrals",
                columns: new[] { "PostingId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JobReferrals_UserId",
                table: "JobReferrals",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_JobReferralSteps_ReferralId",
                table: "JobReferralSteps",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryBooks_SiteId_Category",
                table: "LibraryBooks",
                columns: new[] { "SiteId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryBooks_SiteId_Isbn",
                table: "LibraryBooks",
                columns: new[] { "SiteId", "Isbn" },
                unique: true,
                filter: "\"Isbn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryBooks_UnionId",
                table: "LibraryBooks",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_NursingRooms_SiteId_Name",
                table: "NursingRooms",
                columns: new[] { "SiteId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NursingRooms_UnionId",
                table: "NursingRooms",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_NursingRoomUses_RoomId_StartedAt",
                table: "NursingRoomUses",
                columns: new[] { "RoomId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_NursingRoomUses_RoomId_UserId",
                table: "NursingRoomUses",
                columns: new[] { "RoomId", "UserId" },
                unique: true,
                filter: "\"ReleasedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_NursingRoomUses_UserId",
                table: "NursingRoomUses",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_RoomBookings_RoomId_Date",
                table: "RoomBookings",
                columns: new[] { "RoomId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_RoomBookings_SeriesId",
                table: "RoomBookings",
                column: "SeriesId");

            migrationBuilder.CreateIndex(
                name: "IX_RoomBookings_SiteId_Date",
                table: "RoomBookings",
                columns: new[] { "SiteId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_RoomBookings_Status_ReleaseAfter",
                table: "RoomBookings",
                columns: new[] { "Status", "ReleaseAfter" });

            migrationBuilder.CreateIndex(
                name: "IX_RoomBookings_UserId_StartsAt",
                table: "RoomBookings",
                columns: new[] { "UserId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RoomBookingSlots_BookingId",
                table: "RoomBookingSlots",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAttendances_EnrolmentId",
                table: "TrainingAttendances",
                column: "EnrolmentId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAttendances_SessionId_EnrolmentId",
                table: "TrainingAttendances",
                columns: new[] { "SessionId", "EnrolmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCertificates_EnrolmentId",
                table: "TrainingCertificates",
                column: "EnrolmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCertificates_Number",
                table: "TrainingCertificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCertificates_UnionId_Year_Serial",
                table: "TrainingCertificates",
                columns: new[] { "UnionId", "Year", "Serial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCertificates_UserId",
                table: "TrainingCertificates",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCertificates_VerificationCode",
                table: "TrainingCertificates",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCourses_SiteId_Status",
                table: "TrainingCourses",
                columns: new[] { "SiteId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCourses_UnionId_Status",
                table: "TrainingCourses",
                columns: new[] { "UnionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingEnrolments_CourseId_UserId",
                table: "TrainingEnrolments",
                columns: new[] { "CourseId", "UserId" },
                unique: true,
                filter: "\"WithdrawnAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingEnrolments_TownshipCode",
                table: "TrainingEnrolments",
                column: "TownshipCode");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingEnrolments_UserId_Status",
                table: "TrainingEnrolments",
                columns: new[] { "UserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_CourseId_StartsAt",
                table: "TrainingSessions",
                columns: new[] { "CourseId", "StartsAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BookLoans");

            migrationBuilder.DropTable(
                name: "CareEnrolments");

            migrationBuilder.DropTable(
                name: "CertificateSequences");

            migrationBuilder.DropTable(
                name: "CounsellingNotes");

            migrationBuilder.DropTable(
                name: "JobReferralSteps");

            migrationBuilder.DropTable(
                name: "NursingRoomUses");

            migrationBuilder.DropTable(
                name: "RoomBookingSlots");

            migrationBuilder.DropTable(
                name: "TrainingAttendances");

            migrationBuilder.DropTable(
                name: "TrainingCertificates");

            migrationBuilder.DropTable(
                name: "LibraryBooks");

            migrationBuilder.DropTable(
                name: "CareClasses");

            migrationBuilder.DropTable(
                name: "CounsellingBookings");

            migrationBuilder.DropTable(
                name: "JobReferrals");

            migrationBuilder.DropTable(
                name: "NursingRooms");

            migrationBuilder.DropTable(
                name: "RoomBookings");

            migrationBuilder.DropTable(
                name: "TrainingSessions");

            migrationBuilder.DropTable(
                name: "CounsellingSlots");

            migrationBuilder.DropTable(
                name: "JobPostings");

            migrationBuilder.DropTable(
                name: "TrainingEnrolments");

            migrationBuilder.DropTable(
                name: "BookingSeries");

            migrationBuilder.DropTable(
                name: "TrainingCourses");

            migrationBuilder.DropTable(
                name: "BookableRooms");

            migrationBuilder.DropColumn(
                name: "Amenities",
                table: "Sites");
        }
    }
}
