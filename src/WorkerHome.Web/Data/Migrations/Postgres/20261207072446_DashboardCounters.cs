using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkerHome.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DashboardCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StatCellTallies",
                columns: table => new
                {
                    UnionId = table.Column<int>(type: "integer", nullable: false),
                    SiteKey = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    CheckIns = table.Column<int>(type: "integer", nullable: false),
                    Attended = table.Column<int>(type: "integer", nullable: false),
                    Feedbacks = table.Column<int>(type: "integer", nullable: false),
                    Ratings = table.Column<int>(type: "integer", nullable: false),
                    Stars = table.Column<int>(type: "integer", nullable: false),
                    Satisfied = table.Column<int>(type: "integer", nullable: false),
                    Low = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatCellTallies", x => new { x.UnionId, x.Month, x.SiteKey });
                },
                comment: "统计：某工会、某阵地（0 为线上）、某月所有未取消场次的签到、到场、评价计数之和（与场次计数同一事务写入）");

            migrationBuilder.CreateTable(
                name: "StatVisitorTallies",
                columns: table => new
                {
                    UnionId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Visitors = table.Column<int>(type: "integer", nullable: false),
                    Newcomers = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatVisitorTallies", x => new { x.UnionId, x.Month });
                },
                comment: "统计：某工会（含下级）某月服务过的职工人数及当年首次被服务的人数（与职工的月、年行同一事务写入）");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StatCellTallies");

            migrationBuilder.DropTable(
                name: "StatVisitorTallies");
        }
    }
}
