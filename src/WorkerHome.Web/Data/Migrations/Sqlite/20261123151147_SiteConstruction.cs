using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkerHome.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SiteConstruction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConstructionPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BudgetFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CommittedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConstructionPlans", x => x.Id);
                    table.CheckConstraint("CK_ConstructionPlans_Budget", "\"CommittedFen\" >= 0 AND \"CommittedFen\" <= \"BudgetFen\"");
                    table.CheckConstraint("CK_ConstructionPlans_Year", "\"Year\" BETWEEN 2000 AND 2100");
                    table.ForeignKey(
                        name: "FK_ConstructionPlans_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "年度建设计划：对下级的目标和本级择优立项的补贴预算");

            migrationBuilder.CreateTable(
                name: "ConstructionStandards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Form = table.Column<int>(type: "INTEGER", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    PassScore = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConstructionStandards", x => x.Id);
                    table.CheckConstraint("CK_ConstructionStandards_PassScore", "\"PassScore\" >= 0");
                    table.ForeignKey(
                        name: "FK_ConstructionStandards_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "建设标准：某形态、某级别阵地的加权检查清单");

            migrationBuilder.CreateTable(
                name: "FundingRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectRating = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    FunderLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    Basis = table.Column<int>(type: "INTEGER", nullable: false),
                    MinShareBp = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxShareBp = table.Column<int>(type: "INTEGER", nullable: true),
                    CapFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingRules", x => x.Id);
                    table.CheckConstraint("CK_FundingRules_Cap", "\"CapFen\" IS NULL OR \"CapFen\" >= 0");
                    table.CheckConstraint("CK_FundingRules_Funder", "(\"Source\" = 3) = (\"FunderLevel\" IS NULL)");
                    table.CheckConstraint("CK_FundingRules_Shares", "(\"MinShareBp\" IS NULL OR \"MinShareBp\" BETWEEN 0 AND 10000) AND (\"MaxShareBp\" IS NULL OR \"MaxShareBp\" BETWEEN 0 AND 10000) AND (\"MinShareBp\" IS NULL OR \"MaxShareBp\" IS NULL OR \"MinShareBp\" <= \"MaxShareBp\")");
                    table.ForeignKey(
                        name: "FK_FundingRules_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "经费配套比例规则：比例（万分比）、上限（分）、是否必须");

            migrationBuilder.CreateTable(
                name: "StoredFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFiles", x => x.Id);
                    table.CheckConstraint("CK_StoredFiles_Length", "\"Length\" BETWEEN 1 AND 10485760");
                },
                comment: "上传的文件（申报材料、佐证照片、验收材料）");

            migrationBuilder.CreateTable(
                name: "TownshipProfiles",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Workers = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TownshipProfiles", x => x.RegionCode);
                    table.CheckConstraint("CK_TownshipProfiles_Point", "(\"Latitude\" IS NULL) = (\"Longitude\" IS NULL)");
                    table.CheckConstraint("CK_TownshipProfiles_Workers", "\"Workers\" >= 0");
                    table.ForeignKey(
                        name: "FK_TownshipProfiles_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "乡镇（街道）的参考点和职工人数，用于覆盖分析和选址建议");

            migrationBuilder.CreateTable(
                name: "PlanTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    CountyUnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Form = table.Column<int>(type: "INTEGER", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTargets", x => x.Id);
                    table.CheckConstraint("CK_PlanTargets_Count", "\"Count\" BETWEEN 0 AND 1000");
                    table.ForeignKey(
                        name: "FK_PlanTargets_ConstructionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ConstructionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanTargets_Unions_CountyUnionId",
                        column: x => x.CountyUnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "年度建设计划表的一格：某县区某形态某级别的建设目标数");

            migrationBuilder.CreateTable(
                name: "StandardItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StandardId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Requirement = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Minimum = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FunctionAreaId = table.Column<int>(type: "INTEGER", nullable: true),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardItems", x => x.Id);
                    table.CheckConstraint("CK_StandardItems_Minimum", "(\"Kind\" = 2) = (\"Minimum\" IS NOT NULL)");
                    table.CheckConstraint("CK_StandardItems_Weight", "\"Weight\" BETWEEN 1 AND 100");
                    table.ForeignKey(
                        name: "FK_StandardItems_ConstructionStandards_StandardId",
                        column: x => x.StandardId,
                        principalTable: "ConstructionStandards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StandardItems_FunctionAreas_FunctionAreaId",
                        column: x => x.FunctionAreaId,
                        principalTable: "FunctionAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "建设标准的检查项及分值");

            migrationBuilder.CreateTable(
                name: "AssessmentResults",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Met = table.Column<bool>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentResults", x => x.Id);
                },
                comment: "评分中每个检查项的结果");

            migrationBuilder.CreateTable(
                name: "ConstructionProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    CountyUnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewerUnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Form = table.Column<int>(type: "INTEGER", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    BudgetFen = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedSubsidyFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedSubsidyFen = table.Column<long>(type: "INTEGER", nullable: true),
                    SelfAssessmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReviewScore = table.Column<int>(type: "INTEGER", nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AcceptanceAssessmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SelectedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConstructionProjects", x => x.Id);
                    table.CheckConstraint("CK_ConstructionProjects_Approved", "\"ApprovedSubsidyFen\" IS NULL OR (\"ApprovedSubsidyFen\" >= 0 AND \"ApprovedSubsidyFen\" <= \"BudgetFen\")");
                    table.CheckConstraint("CK_ConstructionProjects_Budget", "\"BudgetFen\" >= 0 AND \"RequestedSubsidyFen\" >= 0 AND \"RequestedSubsidyFen\" <= \"BudgetFen\"");
                    table.CheckConstraint("CK_ConstructionProjects_Reviewer", "\"ReviewerUnionId\" <> \"UnionId\"");
                    table.CheckConstraint("CK_ConstructionProjects_ReviewScore", "\"ReviewScore\" IS NULL OR \"ReviewScore\" BETWEEN 0 AND 100");
                    table.CheckConstraint("CK_ConstructionProjects_Year", "\"Year\" BETWEEN 2000 AND 2100");
                    table.ForeignKey(
                        name: "FK_ConstructionProjects_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConstructionProjects_Unions_CountyUnionId",
                        column: x => x.CountyUnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConstructionProjects_Unions_ReviewerUnionId",
                        column: x => x.ReviewerUnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConstructionProjects_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "职工之家阵地建设项目：申报、评审、择优立项、节点、验收");

            migrationBuilder.CreateTable(
                name: "FundingLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    FunderUnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingLines", x => x.Id);
                    table.CheckConstraint("CK_FundingLines_Paid", "\"AmountFen\" >= 0 AND \"PaidFen\" >= 0 AND \"PaidFen\" <= \"AmountFen\"");
                    table.ForeignKey(
                        name: "FK_FundingLines_ConstructionProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ConstructionProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FundingLines_Unions_FunderUnionId",
                        column: x => x.FunderUnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FundingLines_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "项目经费台账：上级补贴、逐级配套、基层自筹（分）");

            migrationBuilder.CreateTable(
                name: "ProjectMilestones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DoneBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectMilestones_ConstructionProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ConstructionProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                },
                comment: "建设项目的节点（计划日期、完成情况）");

            migrationBuilder.CreateTable(
                name: "ProjectSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    StageAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ActorUnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectSteps_ConstructionProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ConstructionProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectSteps_Unions_ActorUnionId",
                        column: x => x.ActorUnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "建设项目每一步的办理人、所代表的工会、时间和意见");

            migrationBuilder.CreateTable(
                name: "SiteAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    StandardId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxScore = table.Column<int>(type: "INTEGER", nullable: false),
                    PassScore = table.Column<int>(type: "INTEGER", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AssessedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AssessorUnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteAssessments", x => x.Id);
                    table.CheckConstraint("CK_SiteAssessments_Score", "\"Score\" BETWEEN 0 AND \"MaxScore\"");
                    table.ForeignKey(
                        name: "FK_SiteAssessments_ConstructionProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ConstructionProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SiteAssessments_ConstructionStandards_StandardId",
                        column: x => x.StandardId,
                        principalTable: "ConstructionStandards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SiteAssessments_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SiteAssessments_Unions_AssessorUnionId",
                        column: x => x.AssessorUnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SiteAssessments_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "阵地对照建设标准的自评或检查评分");

            migrationBuilder.CreateTable(
                name: "FundingPayments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LineId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    MilestoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Voucher = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingPayments", x => x.Id);
                    table.CheckConstraint("CK_FundingPayments_Amount", "\"AmountFen\" > 0");
                    table.ForeignKey(
                        name: "FK_FundingPayments_ConstructionProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ConstructionProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FundingPayments_FundingLines_LineId",
                        column: x => x.LineId,
                        principalTable: "FundingLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FundingPayments_ProjectMilestones_MilestoneId",
                        column: x => x.MilestoneId,
                        principalTable: "ProjectMilestones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "经费拨付记录，对应项目节点");

            migrationBuilder.CreateTable(
                name: "ProjectDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    MilestoneId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectDocuments", x => x.Id);
                    table.CheckConstraint("CK_ProjectDocuments_Evidence", "(\"Kind\" = 2) = (\"MilestoneId\" IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_ProjectDocuments_ConstructionProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ConstructionProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectDocuments_ProjectMilestones_MilestoneId",
                        column: x => x.MilestoneId,
                        principalTable: "ProjectMilestones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectDocuments_StoredFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "建设项目的申报材料、节点佐证和验收材料");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentResults_AssessmentId_ItemId",
                table: "AssessmentResults",
                columns: new[] { "AssessmentId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConstructionPlans_UnionId_Year",
                table: "ConstructionPlans",
                columns: new[] { "UnionId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConstructionProjects_AcceptanceAssessmentId",
                table: "ConstructionProjects",
                column: "AcceptanceAssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ConstructionProjects_CountyUnionId",
                table: "ConstructionProjects",
                column: "CountyUnionId");

            migrationBuilder.CreateIndex(
                name: "IX_ConstructionProjects_ReviewerUnionId_Year_Stage",
                table: "ConstructionProjects",
                columns: new[] { "ReviewerUnionId", "Year", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_ConstructionProjects_SelfAssessmentId",
                table: "ConstructionProjects",
                column: "SelfAssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ConstructionProjects_SiteId",
                table: "ConstructionProjects",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_ConstructionProjects_UnionId",
                table: "ConstructionProjects",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_ConstructionProjects_Year_CountyUnionId_Stage",
                table: "ConstructionProjects",
                columns: new[] { "Year", "CountyUnionId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_ConstructionStandards_UnionId_Form_Rating",
                table: "ConstructionStandards",
                columns: new[] { "UnionId", "Form", "Rating" },
                unique: true,
                filter: "\"IsActive\"");

            migrationBuilder.CreateIndex(
                name: "IX_FundingLines_FunderUnionId",
                table: "FundingLines",
                column: "FunderUnionId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingLines_ProjectId_Source_FunderUnionId",
                table: "FundingLines",
                columns: new[] { "ProjectId", "Source", "FunderUnionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundingLines_UnionId",
                table: "FundingLines",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingPayments_LineId",
                table: "FundingPayments",
                column: "LineId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingPayments_MilestoneId",
                table: "FundingPayments",
                column: "MilestoneId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingPayments_ProjectId_PaidOn",
                table: "FundingPayments",
                columns: new[] { "ProjectId", "PaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FundingRules_UnionId_ProjectRating",
                table: "FundingRules",
                columns: new[] { "UnionId", "ProjectRating" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanTargets_CountyUnionId",
                table: "PlanTargets",
                column: "CountyUnionId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTargets_PlanId_CountyUnionId_Form_Rating",
                table: "PlanTargets",
                columns: new[] { "PlanId", "CountyUnionId", "Form", "Rating" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectDocuments_FileId",
                table: "ProjectDocuments",
                column: "FileId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectDocuments_MilestoneId",
                table: "ProjectDocuments",
                column: "MilestoneId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectDocuments_ProjectId_Kind",
                table: "ProjectDocuments",
                columns: new[] { "ProjectId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMilestones_DoneAt_DueOn",
                table: "ProjectMilestones",
                columns: new[] { "DoneAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMilestones_ProjectId_SortOrder",
                table: "ProjectMilestones",
                columns: new[] { "ProjectId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSteps_ActorUnionId",
                table: "ProjectSteps",
                column: "ActorUnionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSteps_ProjectId_At",
                table: "ProjectSteps",
                columns: new[] { "ProjectId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SiteAssessments_AssessorUnionId",
                table: "SiteAssessments",
                column: "AssessorUnionId");

            migrationBuilder.CreateIndex(
                name: "IX_SiteAssessments_ProjectId",
                table: "SiteAssessments",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_SiteAssessments_SiteId_Kind_AssessedAt",
                table: "SiteAssessments",
                columns: new[] { "SiteId", "Kind", "AssessedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SiteAssessments_StandardId",
                table: "SiteAssessments",
                column: "StandardId");

            migrationBuilder.CreateIndex(
                name: "IX_SiteAssessments_UnionId",
                table: "SiteAssessments",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_StandardItems_FunctionAreaId",
                table: "StandardItems",
                column: "FunctionAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_StandardItems_StandardId_SortOrder",
                table: "StandardItems",
                columns: new[] { "StandardId", "SortOrder" });

            migrationBuilder.AddForeignKey(
                name: "FK_AssessmentResults_SiteAssessments_AssessmentId",
                table: "AssessmentResults",
                column: "AssessmentId",
                principalTable: "SiteAssessments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ConstructionProjects_SiteAssessments_AcceptanceAssessmentId",
                table: "ConstructionProjects",
                column: "AcceptanceAssessmentId",
                principalTable: "SiteAssessments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ConstructionProjects_SiteAssessments_SelfAssessmentId",
                table: "ConstructionProjects",
                column: "SelfAssessmentId",
                principalTable: "SiteAssessments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ConstructionProjects_SiteAssessments_AcceptanceAssessmentId",
                table: "ConstructionProjects");

            migrationBuilder.DropForeignKey(
                name: "FK_ConstructionProjects_SiteAssessments_SelfAssessmentId",
                table: "ConstructionProjects");

            migrationBuilder.DropTable(
                name: "AssessmentResults");

            migrationBuilder.DropTable(
                name: "FundingPayments");

            migrationBuilder.DropTable(
                name: "FundingRules");

            migrationBuilder.DropTable(
                name: "PlanTargets");

            migrationBuilder.DropTable(
                name: "ProjectDocuments");

            migrationBuilder.DropTable(
                name: "ProjectSteps");

            migrationBuilder.DropTable(
                name: "StandardItems");

            migrationBuilder.DropTable(
                name: "TownshipProfiles");

            migrationBuilder.DropTable(
                name: "FundingLines");

            migrationBuilder.DropTable(
                name: "ConstructionPlans");

            migrationBuilder.DropTable(
                name: "ProjectMilestones");

            migrationBuilder.DropTable(
                name: "StoredFiles");

            migrationBuilder.DropTable(
                name: "SiteAssessments");

            migrationBuilder.DropTable(
                name: "ConstructionProjects");

            migrationBuilder.DropTable(
                name: "ConstructionStandards");
        }
    }
}
