using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkerHome.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Casework : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AidApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    CountyUnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    CityUnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    RealName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HouseholdSize = table.Column<int>(type: "INTEGER", nullable: false),
                    HouseholdCipher = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IncomeCipher = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Causes = table.Column<int>(type: "INTEGER", nullable: false),
                    CauseDescription = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    HealthCipher = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RequestedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedFen = table.Column<long>(type: "INTEGER", nullable: true),
                    ConsentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsentVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EnteredBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    NoticeStartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidFen = table.Column<long>(type: "INTEGER", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PayMethod = table.Column<int>(type: "INTEGER", nullable: true),
                    PayReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecheckDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckResult = table.Column<int>(type: "INTEGER", nullable: true),
                    RecheckNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AidApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AidApplications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AidApplications_Unions_CityUnionId",
                        column: x => x.CityUnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AidApplications_Unions_CountyUnionId",
                        column: x => x.CountyUnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AidApplications_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "困难职工帮扶申请");

            migrationBuilder.CreateTable(
                name: "AidBudgets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    BudgetFen = table.Column<long>(type: "INTEGER", nullable: false),
                    QuotaCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UsedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AidBudgets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AidBudgets_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "帮扶年度预算与名额");

            migrationBuilder.CreateTable(
                name: "DeletionRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Erased = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Kept = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeletionRequests", x => x.Id);
                },
                comment: "职工删除个人信息的申请：已删除的和依法保留的");

            migrationBuilder.CreateTable(
                name: "MemberSequences",
                columns: table => new
                {
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberSequences", x => new { x.UnionId, x.Year });
                    table.ForeignKey(
                        name: "FK_MemberSequences_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                },
                comment: "会员编号（每个工会每年一个序列）");

            migrationBuilder.CreateTable(
                name: "MembershipApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    RealName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    WorkKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ConsentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsentVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RejectReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembershipApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MembershipApplications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MembershipApplications_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "入会申请");

            migrationBuilder.CreateTable(
                name: "RightsCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Serial = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PhoneCipher = table.Column<string>(type: "TEXT", nullable: false),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: true),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgeBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CloseBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AssignedStaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedVolunteerId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProposedOutcome = table.Column<int>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    RatingComment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RightsCases", x => x.Id);
                    table.CheckConstraint("CK_RightsCases_Amount", "\"AmountFen\" IS NULL OR \"AmountFen\" >= 0");
                    table.CheckConstraint("CK_RightsCases_Closed", "(\"Status\" = 4) = (\"Outcome\" IS NOT NULL)");
                    table.CheckConstraint("CK_RightsCases_Rating", "\"Rating\" IS NULL OR (\"Rating\" BETWEEN 1 AND 5)");
                    table.ForeignKey(
                        name: "FK_RightsCases_AspNetUsers_AssignedStaffId",
                        column: x => x.AssignedStaffId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RightsCases_AspNetUsers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RightsCases_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RightsCases_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RightsCases_Volunteers_AssignedVolunteerId",
                        column: x => x.AssignedVolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "维权诉求：职工网上提交或在阵地现场登记的维权案件；联系电话加密存储");

            migrationBuilder.CreateTable(
                name: "RightsCaseSequences",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RightsCaseSequences", x => x.Year);
                },
                comment: "维权案件编号的年度流水号");

            migrationBuilder.CreateTable(
                name: "SensitiveAccessLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SensitiveAccessLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AidDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByWorker = table.Column<bool>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AidDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AidDocuments_AidApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "AidApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                },
                comment: "帮扶申请的证明材料（申请人或工作人员上传）");

            migrationBuilder.CreateTable(
                name: "AidSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Approved = table.Column<bool>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AidSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AidSteps_AidApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "AidApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AidSteps_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "帮扶申请审核记录");

            migrationBuilder.CreateTable(
                name: "Members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NumberUnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Serial = table.Column<int>(type: "INTEGER", nullable: false),
                    RealName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    WorkKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    JoinedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    VerificationCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Members_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Members_MembershipApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "MembershipApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Members_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "工会会员");

            migrationBuilder.CreateTable(
                name: "RightsCaseDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByWorker = table.Column<bool>(type: "INTEGER", nullable: false),
                    VisibleToWorker = table.Column<bool>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RightsCaseDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RightsCaseDocuments_RightsCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "RightsCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RightsCaseDocuments_StoredFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "维权诉求的材料（职工或工作人员上传）");

            migrationBuilder.CreateTable(
                name: "RightsCaseSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    VisibleToWorker = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RightsCaseSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RightsCaseSteps_RightsCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "RightsCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                },
                comment: "维权诉求的办理步骤（只增不改；可设为仅内部可见）");

            migrationBuilder.CreateTable(
                name: "MemberTransfers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromUnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToUnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromUnionName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ToUnionName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberTransfers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberTransfers_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MemberTransfers_Unions_FromUnionId",
                        column: x => x.FromUnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MemberTransfers_Unions_ToUnionId",
                        column: x => x.ToUnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "会员转会记录");

            migrationBuilder.CreateIndex(
                name: "IX_AidApplications_CityUnionId",
                table: "AidApplications",
                column: "CityUnionId");

            migrationBuilder.CreateIndex(
                name: "IX_AidApplications_CountyUnionId",
                table: "AidApplications",
                column: "CountyUnionId");

            migrationBuilder.CreateIndex(
                name: "IX_AidApplications_IdLookup",
                table: "AidApplications",
                column: "IdLookup",
                unique: true,
                filter: "\"Status\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_AidApplications_IdLookup_Year",
                table: "AidApplications",
                columns: new[] { "IdLookup", "Year" },
                unique: true,
                filter: "\"Status\" <> 1");

            migrationBuilder.CreateIndex(
                name: "IX_AidApplications_Status_NoticeEndsOn",
                table: "AidApplications",
                columns: new[] { "Status", "NoticeEndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AidApplications_UnionId_Status",
                table: "AidApplications",
                columns: new[] { "UnionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_AidApplications_UserId",
                table: "AidApplications",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AidBudgets_UnionId_Year",
                table: "AidBudgets",
                columns: new[] { "UnionId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AidDocuments_ApplicationId",
                table: "AidDocuments",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_AidSteps_ApplicationId_Level",
                table: "AidSteps",
                columns: new[] { "ApplicationId", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AidSteps_UnionId",
                table: "AidSteps",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_DeletionRequests_UserId",
                table: "DeletionRequests",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Members_ApplicationId",
                table: "Members",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_IdLookup",
                table: "Members",
                column: "IdLookup",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_MemberNumber",
                table: "Members",
                column: "MemberNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_NumberUnionId_Year_Serial",
                table: "Members",
                columns: new[] { "NumberUnionId", "Year", "Serial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_UnionId",
                table: "Members",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_Members_UserId",
                table: "Members",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_VerificationCode",
                table: "Members",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MembershipApplications_IdLookup",
                table: "MembershipApplications",
                column: "IdLookup",
                unique: true,
                filter: "\"Status\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_MembershipApplications_UnionId_Status_DueOn",
                table: "MembershipApplications",
                columns: new[] { "UnionId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MembershipApplications_UserId",
                table: "MembershipApplications",
                column: "UserId",
                unique: true,
                filter: "\"Status\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_MemberTransfers_FromUnionId",
                table: "MemberTransfers",
                column: "FromUnionId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberTransfers_MemberId_At",
                table: "MemberTransfers",
                columns: new[] { "MemberId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberTransfers_ToUnionId",
                table: "MemberTransfers",
                column: "ToUnionId");

            migrationBuilder.CreateIndex(
                name: "IX_RightsCaseDocuments_CaseId",
                table: "RightsCaseDocuments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_RightsCaseDocuments_FileId",
                table: "RightsCaseDocuments",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_RightsCases_AssignedStaffId",
                table: "RightsCases",
                column: "AssignedStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_RightsCases_AssignedVolunteerId",
                table: "RightsCases",
                column: "AssignedVolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_RightsCases_Number",
                table: "RightsCases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RightsCases_SiteId",
                table: "RightsCases",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_RightsCases_UnionId_Status",
                table: "RightsCases",
                columns: new[] { "UnionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_RightsCases_WorkerId_SubmittedAt",
                table: "RightsCases",
                columns: new[] { "WorkerId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RightsCases_Year_Serial",
                table: "RightsCases",
                columns: new[] { "Year", "Serial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RightsCaseSteps_CaseId_At",
                table: "RightsCaseSteps",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SensitiveAccessLog_At",
                table: "SensitiveAccessLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_SensitiveAccessLog_EntityType_EntityId",
                table: "SensitiveAccessLog",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_SensitiveAccessLog_PreviousHash",
                table: "SensitiveAccessLog",
                column: "PreviousHash",
                unique: true);

            // Append-only: the database itself refuses to change or remove an entry.
            migrationBuilder.Sql("""CREATE TRIGGER "SensitiveAccessLog_no_update" BEFORE UPDATE ON "SensitiveAccessLog" BEGIN SELECT RAISE(ABORT, 'SensitiveAccessLog is append-only'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "SensitiveAccessLog_no_delete" BEFORE DELETE ON "SensitiveAccessLog" BEGIN SELECT RAISE(ABORT, 'SensitiveAccessLog is append-only'); END;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "SensitiveAccessLog_no_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "SensitiveAccessLog_no_delete";""");
            migrationBuilder.DropTable(
                name: "AidBudgets");

            migrationBuilder.DropTable(
                name: "AidDocuments");

            migrationBuilder.DropTable(
                name: "AidSteps");

            migrationBuilder.DropTable(
                name: "DeletionRequests");

            migrationBuilder.DropTable(
                name: "MemberSequences");

            migrationBuilder.DropTable(
                name: "MemberTransfers");

            migrationBuilder.DropTable(
                name: "RightsCaseDocuments");

            migrationBuilder.DropTable(
                name: "RightsCaseSequences");

            migrationBuilder.DropTable(
                name: "RightsCaseSteps");

            migrationBuilder.DropTable(
                name: "SensitiveAccessLog");

            migrationBuilder.DropTable(
                name: "AidApplications");

            migrationBuilder.DropTable(
                name: "Members");

            migrationBuilder.DropTable(
                name: "RightsCases");

            migrationBuilder.DropTable(
                name: "MembershipApplications");
        }
    }
}
