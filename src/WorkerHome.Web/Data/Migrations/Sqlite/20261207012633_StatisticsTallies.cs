using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkerHome.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatisticsTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StatNeedTallies",
                columns: table => new
                {
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Needs = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatNeedTallies", x => new { x.UnionId, x.Month });
                },
                comment: "统计：每个工会每月收到的需求数（与需求同一事务写入）");

            migrationBuilder.CreateTable(
                name: "StatSessionTallies",
                columns: table => new
                {
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckIns = table.Column<int>(type: "INTEGER", nullable: false),
                    Attended = table.Column<int>(type: "INTEGER", nullable: false),
                    Feedbacks = table.Column<int>(type: "INTEGER", nullable: false),
                    Ratings = table.Column<int>(type: "INTEGER", nullable: false),
                    Stars = table.Column<int>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<int>(type: "INTEGER", nullable: false),
                    Low = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatSessionTallies", x => x.SessionId);
                    table.ForeignKey(
                        name: "FK_StatSessionTallies_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                },
                comment: "统计：每个场次的签到、到场、评价计数（与签到、评价同一事务写入）");

            migrationBuilder.CreateTable(
                name: "StatVisitorMonths",
                columns: table => new
                {
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatVisitorMonths", x => new { x.UnionId, x.Month, x.UserId });
                },
                comment: "统计：某工会（含下级）某月服务过的职工，每人每月每个上级工会一行");

            migrationBuilder.CreateTable(
                name: "StatVisitorYears",
                columns: table => new
                {
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstMonth = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatVisitorYears", x => new { x.UnionId, x.Year, x.UserId });
                },
                comment: "统计：某工会（含下级）某年服务过的职工及其当年首次被服务的月份");

            migrationBuilder.CreateIndex(
                name: "IX_StatVisitorMonths_UserId_Month",
                table: "StatVisitorMonths",
                columns: new[] { "UserId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_StatVisitorYears_UnionId_Year_FirstMonth",
                table: "StatVisitorYears",
                columns: new[] { "UnionId", "Year", "FirstMonth" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StatNeedTallies");

            migrationBuilder.DropTable(
                name: "StatSessionTallies");

            migrationBuilder.DropTable(
                name: "StatVisitorMonths");

            migrationBuilder.DropTable(
                name: "StatVisitorYears");
        }
    }
}
