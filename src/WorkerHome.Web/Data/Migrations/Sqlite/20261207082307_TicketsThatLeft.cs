using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkerHome.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TicketsThatLeft : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Orders_SessionId_TicketsThatLeft",
                table: "Orders",
                columns: new[] { "SessionId", "WaitlistTicket" },
                filter: "\"WaitlistTicket\" IS NOT NULL AND \"Status\" <> 2");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_SessionId_TicketsThatLeft",
                table: "Orders");
        }
    }
}
