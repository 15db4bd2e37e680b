using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkerHome.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChildCareLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CareClasses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DailyFrom = table.Column<int>(type: "INTEGER", nullable: false),
                    DailyTo = table.Column<int>(type: "INTEGER", nullable: false),
                    MinAge = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxAge = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Enrolled = table.Column<int>(type: "INTEGER", nullable: false),
                    WaitlistLimit = table.Column<int>(type: "INTEGER", nullable: false),
                    Waitlisted = table.Column<int>(type: "INTEGER", nullable: false),
                    EnrolmentOpensAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EnrolmentClosesAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FeeFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareClasses", x => x.Id);
                    table.CheckConstraint("CK_CareClasses_Places", "\"Enrolled\" >= 0 AND \"Enrolled\" <= \"Capacity\" AND \"Waitlisted\" >= 0 AND \"Waitlisted\" <= \"WaitlistLimit\"");
                    table.CheckConstraint("CK_CareClasses_Ranges", "\"FirstDay\" <= \"LastDay\" AND \"DailyFrom\" < \"DailyTo\" AND \"MinAge\" <= \"MaxAge\" AND \"FeeFen\" >= 0");
                    table.ForeignKey(
                        name: "FK_CareClasses_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareClasses_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "幼儿托管班：日期、每日时段、年龄范围、名额与候补上限、报名时间、费用（分）");

            migrationBuilder.CreateTable(
                name: "LibraryBooks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Isbn = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Copies = table.Column<int>(type: "INTEGER", nullable: false),
                    CopiesOut = table.Column<int>(type: "INTEGER", nullable: false),
                    ShelfMark = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryBooks", x => x.Id);
                    table.CheckConstraint("CK_LibraryBooks_Copies", "\"Copies\" >= 0 AND \"CopiesOut\" >= 0 AND \"CopiesOut\" <= \"Copies\"");
                    table.ForeignKey(
                        name: "FK_LibraryBooks_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LibraryBooks_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "职工书屋藏书：书名、作者、ISBN、分类、册数与借出数、架位");

            migrationBuilder.CreateTable(
                name: "NursingRooms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    InUse = table.Column<int>(type: "INTEGER", nullable: false),
                    Amenities = table.Column<int>(type: "INTEGER", nullable: false),
                    OpensAt = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosesAt = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NursingRooms", x => x.Id);
                    table.CheckConstraint("CK_NursingRooms_Hours", "(\"OpensAt\" IS NULL) = (\"ClosesAt\" IS NULL) AND (\"OpensAt\" IS NULL OR \"OpensAt\" < \"ClosesAt\")");
                    table.CheckConstraint("CK_NursingRooms_Places", "\"Places\" >= 1 AND \"InUse\" >= 0 AND \"InUse\" <= \"Places\"");
                    table.ForeignKey(
                        name: "FK_NursingRooms_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NursingRooms_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "妈咪宝贝屋：位置、位数、设施、开放时间（空为随阵地开放）");

            migrationBuilder.CreateTable(
                name: "CareEnrolments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClassId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    GuardianId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChildBirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GuardianPhoneCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GuardianPhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HealthNotesCipher = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConsentGivenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsentVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EnrolledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareEnrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareEnrolments_AspNetUsers_GuardianId",
                        column: x => x.GuardianId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareEnrolments_CareClasses_ClassId",
                        column: x => x.ClassId,
                        principalTable: "CareClasses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                },
                comment: "幼儿托管报名：监护人、幼儿、同意书版本；电话与健康备注加密保存");

            migrationBuilder.CreateTable(
                name: "BookLoans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BookId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReservedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HoldUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Renewed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReturnedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DueSoonRemindedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OverdueRemindedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookLoans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BookLoans_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BookLoans_LibraryBooks_BookId",
                        column: x => x.BookId,
                        principalTable: "LibraryBooks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BookLoans_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "职工书屋借阅：预约、借出、续借、归还与到期提醒");

            migrationBuilder.CreateTable(
                name: "NursingRoomUses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoomId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NursingRoomUses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NursingRoomUses_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NursingRoomUses_NursingRooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "NursingRooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                },
                comment: "妈咪宝贝屋使用记录（不显示姓名；到时自动释放）");

            migrationBuilder.CreateIndex(
                name: "IX_BookLoans_BookId_Status",
                table: "BookLoans",
                columns: new[] { "BookId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_BookLoans_Status_DueOn",
                table: "BookLoans",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BookLoans_UnionId",
                table: "BookLoans",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_BookLoans_UserId_Status",
                table: "BookLoans",
                columns: new[] { "UserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CareClasses_SiteId_Status",
                table: "CareClasses",
                columns: new[] { "SiteId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CareClasses_UnionId",
                table: "CareClasses",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_CareEnrolments_ClassId_GuardianId_ChildName_ChildBirthDate",
                table: "CareEnrolments",
                columns: new[] { "ClassId", "GuardianId", "ChildName", "ChildBirthDate" },
                unique: true,
                filter: "\"Status\" IN (1, 2)");

            migrationBuilder.CreateIndex(
                name: "IX_CareEnrolments_ClassId_Status_Id",
                table: "CareEnrolments",
                columns: new[] { "ClassId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CareEnrolments_GuardianId",
                table: "CareEnrolments",
                column: "GuardianId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryBooks_SiteId_Category",
                table: "LibraryBooks",
                columns: new[] { "SiteId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryBooks_SiteId_Isbn",
                table: "LibraryBooks",
                columns: new[] { "SiteId", "Isbn" },
                unique: true,
                filter: "\"Isbn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryBooks_UnionId",
                table: "LibraryBooks",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_NursingRooms_SiteId_Name",
                table: "NursingRooms",
                columns: new[] { "SiteId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NursingRooms_UnionId",
                table: "NursingRooms",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_NursingRoomUses_RoomId_StartedAt",
                table: "NursingRoomUses",
                columns: new[] { "RoomId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_NursingRoomUses_RoomId_UserId",
                table: "NursingRoomUses",
                columns: new[] { "RoomId", "UserId" },
                unique: true,
                filter: "\"ReleasedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_NursingRoomUses_UserId",
                table: "NursingRoomUses",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BookLoans");

            migrationBuilder.DropTable(
                name: "CareEnrolments");

            migrationBuilder.DropTable(
                name: "NursingRoomUses");

            migrationBuilder.DropTable(
                name: "LibraryBooks");

            migrationBuilder.DropTable(
                name: "CareClasses");

            migrationBuilder.DropTable(
                name: "NursingRooms");
        }
    }
}
