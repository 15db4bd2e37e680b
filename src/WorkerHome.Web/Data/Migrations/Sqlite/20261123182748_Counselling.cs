using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkerHome.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Counselling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CounsellingSlots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CounsellorId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: true),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounsellingSlots", x => x.Id);
                    table.CheckConstraint("CK_CounsellingSlots_Site", "(\"Mode\" = 1) = (\"SiteId\" IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_CounsellingSlots_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CounsellingSlots_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CounsellingSlots_Volunteers_CounsellorId",
                        column: x => x.CounsellorId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "心理驿站：咨询师发布的咨询时段（到站面谈须指定阵地）");

            migrationBuilder.CreateTable(
                name: "CounsellingBookings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SlotId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActiveSlotId = table.Column<int>(type: "INTEGER", nullable: true),
                    WorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Alias = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Topic = table.Column<int>(type: "INTEGER", nullable: false),
                    NoteCipher = table.Column<string>(type: "TEXT", nullable: true),
                    ContactPreference = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactPhoneCipher = table.Column<string>(type: "TEXT", nullable: true),
                    ContactPhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CrisisFlag = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounsellingBookings", x => x.Id);
                    table.CheckConstraint("CK_CounsellingBookings_Active", "\"ActiveSlotId\" IS NULL OR (\"ActiveSlotId\" = \"SlotId\" AND \"Status\" <> 4)");
                    table.ForeignKey(
                        name: "FK_CounsellingBookings_AspNetUsers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CounsellingBookings_CounsellingSlots_SlotId",
                        column: x => x.SlotId,
                        principalTable: "CounsellingSlots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "心理驿站：职工以化名预约咨询；留言与联系电话加密存储，仅咨询师可见");

            migrationBuilder.CreateTable(
                name: "CounsellingNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BookingId = table.Column<int>(type: "INTEGER", nullable: false),
                    CounsellorId = table.Column<int>(type: "INTEGER", nullable: false),
                    TextCipher = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounsellingNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CounsellingNotes_CounsellingBookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "CounsellingBookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CounsellingNotes_Volunteers_CounsellorId",
                        column: x => x.CounsellorId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "心理驿站：咨询师的会谈记录（加密，仅该咨询师可读）");

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingBookings_ActiveSlotId",
                table: "CounsellingBookings",
                column: "ActiveSlotId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingBookings_SlotId",
                table: "CounsellingBookings",
                column: "SlotId");

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingBookings_WorkerId_Status",
                table: "CounsellingBookings",
                columns: new[] { "WorkerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingNotes_BookingId",
                table: "CounsellingNotes",
                column: "BookingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingNotes_CounsellorId",
                table: "CounsellingNotes",
                column: "CounsellorId");

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingSlots_CounsellorId_StartsAt",
                table: "CounsellingSlots",
                columns: new[] { "CounsellorId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingSlots_SiteId_StartsAt",
                table: "CounsellingSlots",
                columns: new[] { "SiteId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CounsellingSlots_UnionId_StartsAt",
                table: "CounsellingSlots",
                columns: new[] { "UnionId", "StartsAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CounsellingNotes");

            migrationBuilder.DropTable(
                name: "CounsellingBookings");

            migrationBuilder.DropTable(
                name: "CounsellingSlots");
        }
    }
}
