using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkerHome.Data.Migrations.Sqlite
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
