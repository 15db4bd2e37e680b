using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace WorkerHome.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Aid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AidApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UnionId = table.Column<int>(type: "integer", nullable: false),
                    CountyUnionId = table.Column<int>(type: "integer", nullable: false),
                    CityUnionId = table.Column<int>(type: "integer", nullable: false),
                    RealName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IdCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdLookup = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PhoneCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HouseholdSize = table.Column<int>(type: "integer", nullable: false),
                    HouseholdCipher = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IncomeCipher = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Causes = table.Column<int>(type: "integer", nullable: false),
                    CauseDescription = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    HealthCipher = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RequestedFen = table.Column<long>(type: "bigint", nullable: false),
                    ApprovedFen = table.Column<long>(type: "bigint", nullable: true),
                    ConsentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConsentVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EnteredBy = table.Column<Guid>(type: "uuid", nullable: true),
                    NoticeStartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidFen = table.Column<long>(type: "bigint", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PayMethod = table.Column<int>(type: "integer", nullable: true),
                    PayReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RecheckDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecheckResult = table.Column<int>(type: "integer", nullable: true),
                    RecheckNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecheckedOn = table.Column<DateOnly>(type: "date", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnionId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    BudgetFen = table.Column<long>(type: "bigint", nullable: false),
                    QuotaCount = table.Column<int>(type: "integer", nullable: false),
                    UsedFen = table.Column<long>(type: "bigint", nullable: false),
                    UsedCount = table.Column<int>(type: "integer", nullable: false)
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
                name: "AidSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    UnionId = table.Column<int>(type: "integer", nullable: false),
                    Approved = table.Column<bool>(type: "boolean", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: true),
                    Opinion = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "IX_AidSteps_ApplicationId_Level",
                table: "AidSteps",
                columns: new[] { "ApplicationId", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AidSteps_UnionId",
                table: "AidSteps",
                column: "UnionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AidBudgets");

            migrationBuilder.DropTable(
                name: "AidSteps");

            migrationBuilder.DropTable(
                name: "AidApplications");
        }
    }
}
