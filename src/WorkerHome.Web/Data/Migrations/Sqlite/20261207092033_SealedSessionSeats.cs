using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkerHome.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SealedSessionSeats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "StatCellTallies",
                comment: "统计：某工会、某阵地（0 为线上）、某月所有未取消场次的签到、到场、评价计数之和（与场次计数同一事务写入），及已结束并封存场次的确认座位数",
                oldComment: "统计：某工会、某阵地（0 为线上）、某月所有未取消场次的签到、到场、评价计数之和（与场次计数同一事务写入）");

            migrationBuilder.AddColumn<int>(
                name: "Orders",
                table: "StatCellTallies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "SeatsSealedAt",
                table: "Sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_Unsealed",
                table: "Sessions",
                column: "StartsAt",
                filter: "\"SeatsSealedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sessions_Unsealed",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "Orders",
                table: "StatCellTallies");

            migrationBuilder.DropColumn(
                name: "SeatsSealedAt",
                table: "Sessions");

            migrationBuilder.AlterTable(
                name: "StatCellTallies",
                comment: "统计：某工会、某阵地（0 为线上）、某月所有未取消场次的签到、到场、评价计数之和（与场次计数同一事务写入）",
                oldComment: "统计：某工会、某阵地（0 为线上）、某月所有未取消场次的签到、到场、评价计数之和（与场次计数同一事务写入），及已结束并封存场次的确认座位数");
        }
    }
}
