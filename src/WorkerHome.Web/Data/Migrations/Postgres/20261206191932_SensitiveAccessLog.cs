using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace WorkerHome.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Field = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UnionId = table.Column<int>(type: "integer", nullable: true),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IpAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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

            // Append-only: the database itself refuses to change, remove or truncate an entry.
            migrationBuilder.Sql("""
                CREATE FUNCTION sensitive_access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'SensitiveAccessLog is append-only';
                END $$;
                CREATE TRIGGER sensitive_access_log_no_change BEFORE UPDATE OR DELETE ON "SensitiveAccessLog"
                    FOR EACH ROW EXECUTE FUNCTION sensitive_access_log_append_only();
                CREATE TRIGGER sensitive_access_log_no_truncate BEFORE TRUNCATE ON "SensitiveAccessLog"
                    FOR EACH STATEMENT EXECUTE FUNCTION sensitive_access_log_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS sensitive_access_log_no_change ON "SensitiveAccessLog";
                DROP TRIGGER IF EXISTS sensitive_access_log_no_truncate ON "SensitiveAccessLog";
                DROP FUNCTION IF EXISTS sensitive_access_log_append_only();
                """);
            migrationBuilder.DropTable(
                name: "SensitiveAccessLog");
        }
    }
}
