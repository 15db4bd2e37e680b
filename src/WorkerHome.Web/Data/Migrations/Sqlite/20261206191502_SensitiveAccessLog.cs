using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkerHome.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SensitiveAccessLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "SensitiveAccessLog");
        }
    }
}
