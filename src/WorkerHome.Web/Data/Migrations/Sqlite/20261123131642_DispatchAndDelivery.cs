using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkerHome.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DispatchAndDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FeedbackInvitedAt",
                table: "Sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VolunteerId",
                table: "Sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CheckIns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: true),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    IsWalkIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    CheckedInAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckIns", x => x.Id);
                    table.CheckConstraint("CK_CheckIns_WalkIn", "\"IsWalkIn\" = (\"OrderId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_CheckIns_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CheckIns_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CheckIns_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "场次签到（扫码、人工、线上；含未点单的现场参加者）");

            migrationBuilder.CreateTable(
                name: "SessionFeedback",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MenuItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: true),
                    VolunteerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentStars = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderStars = table.Column<int>(type: "INTEGER", nullable: false),
                    VenueStars = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CommentModeration = table.Column<int>(type: "INTEGER", nullable: true),
                    IsLow = table.Column<bool>(type: "INTEGER", nullable: false),
                    FollowUp = table.Column<int>(type: "INTEGER", nullable: false),
                    FollowUpNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    FollowedUpBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    FollowedUpAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NeedId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionFeedback", x => x.Id);
                    table.CheckConstraint("CK_SessionFeedback_Content", "\"ContentStars\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_SessionFeedback_Provider", "\"ProviderStars\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_SessionFeedback_Venue", "\"VenueStars\" IS NULL OR \"VenueStars\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_SessionFeedback_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SessionFeedback_Needs_NeedId",
                        column: x => x.NeedId,
                        principalTable: "Needs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SessionFeedback_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "参加者对场次的评价（内容、主讲、场地 1–5 星与留言）");

            migrationBuilder.CreateTable(
                name: "Volunteers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Qualification = table.Column<int>(type: "INTEGER", nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Introduction = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Skills = table.Column<string>(type: "TEXT", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    RegionCodes = table.Column<string>(type: "TEXT", nullable: false),
                    BaseLatitude = table.Column<double>(type: "REAL", nullable: true),
                    BaseLongitude = table.Column<double>(type: "REAL", nullable: true),
                    MaxSessionsPerMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Acceptances = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers", x => x.Id);
                    table.CheckConstraint("CK_Volunteers_Load", "\"MaxSessionsPerMonth\" BETWEEN 1 AND 31");
                    table.ForeignKey(
                        name: "FK_Volunteers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Volunteers_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "志愿者（律师、法官、心理咨询师、培训师等）");

            migrationBuilder.CreateTable(
                name: "Dispatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: true),
                    NeedGroupId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Queue = table.Column<string>(type: "TEXT", nullable: false),
                    ParallelOffers = table.Column<int>(type: "INTEGER", nullable: false),
                    AnswerHours = table.Column<int>(type: "INTEGER", nullable: false),
                    OnNoAnswer = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VolunteerId = table.Column<int>(type: "INTEGER", nullable: true),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dispatches", x => x.Id);
                    table.CheckConstraint("CK_Dispatches_Accepted", "(\"Status\" = 3) = (\"VolunteerId\" IS NOT NULL)");
                    table.CheckConstraint("CK_Dispatches_AnswerHours", "\"AnswerHours\" BETWEEN 1 AND 168");
                    table.CheckConstraint("CK_Dispatches_Parallel", "\"ParallelOffers\" BETWEEN 1 AND 10");
                    table.CheckConstraint("CK_Dispatches_Target", "(\"SessionId\" IS NULL) <> (\"NeedGroupId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_Dispatches_NeedGroups_NeedGroupId",
                        column: x => x.NeedGroupId,
                        principalTable: "NeedGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dispatches_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dispatches_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dispatches_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "派单：请志愿者承接场次或需求组");

            migrationBuilder.CreateTable(
                name: "VolunteerAvailability",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    FromMinute = table.Column<int>(type: "INTEGER", nullable: false),
                    ToMinute = table.Column<int>(type: "INTEGER", nullable: false),
                    VolunteerId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VolunteerAvailability", x => x.Id);
                    table.CheckConstraint("CK_VolunteerAvailability_Window", "\"Day\" BETWEEN 1 AND 7 AND \"FromMinute\" >= 0 AND \"ToMinute\" <= 1440 AND \"FromMinute\" < \"ToMinute\"");
                    table.ForeignKey(
                        name: "FK_VolunteerAvailability_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                },
                comment: "志愿者每周可服务时段（北京时间）");

            migrationBuilder.CreateTable(
                name: "DispatchOffers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DispatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    VolunteerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DispatchOffers", x => x.Id);
                    table.CheckConstraint("CK_DispatchOffers_Deadline", "\"ExpiresAt\" > \"OfferedAt\"");
                    table.ForeignKey(
                        name: "FK_DispatchOffers_Dispatches_DispatchId",
                        column: x => x.DispatchId,
                        principalTable: "Dispatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DispatchOffers_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "派给某位志愿者的邀约及答复期限");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_EndsAt_FeedbackInvitedAt",
                table: "Sessions",
                columns: new[] { "EndsAt", "FeedbackInvitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_VolunteerId_StartsAt",
                table: "Sessions",
                columns: new[] { "VolunteerId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_OrderId",
                table: "CheckIns",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_SessionId_UserId",
                table: "CheckIns",
                columns: new[] { "SessionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_UserId_CheckedInAt",
                table: "CheckIns",
                columns: new[] { "UserId", "CheckedInAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_NeedGroupId",
                table: "Dispatches",
                column: "NeedGroupId",
                unique: true,
                filter: "\"NeedGroupId\" IS NOT NULL AND \"Status\" <> 4");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_SessionId",
                table: "Dispatches",
                column: "SessionId",
                unique: true,
                filter: "\"SessionId\" IS NOT NULL AND \"Status\" <> 4");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_UnionId_Status",
                table: "Dispatches",
                columns: new[] { "UnionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_VolunteerId",
                table: "Dispatches",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_DispatchOffers_DispatchId_VolunteerId",
                table: "DispatchOffers",
                columns: new[] { "DispatchId", "VolunteerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DispatchOffers_Status_ExpiresAt",
                table: "DispatchOffers",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DispatchOffers_VolunteerId_Status",
                table: "DispatchOffers",
                columns: new[] { "VolunteerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionFeedback_FollowUp_CreatedAt",
                table: "SessionFeedback",
                columns: new[] { "FollowUp", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionFeedback_MenuItemId",
                table: "SessionFeedback",
                column: "MenuItemId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionFeedback_NeedId",
                table: "SessionFeedback",
                column: "NeedId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionFeedback_SessionId_UserId",
                table: "SessionFeedback",
                columns: new[] { "SessionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionFeedback_SiteId",
                table: "SessionFeedback",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionFeedback_UnionId_CreatedAt",
                table: "SessionFeedback",
                columns: new[] { "UnionId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionFeedback_UserId",
                table: "SessionFeedback",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionFeedback_VolunteerId",
                table: "SessionFeedback",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerAvailability_VolunteerId_Day",
                table: "VolunteerAvailability",
                columns: new[] { "VolunteerId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_UnionId_Status",
                table: "Volunteers",
                columns: new[] { "UnionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_UserId",
                table: "Volunteers",
                column: "UserId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Sessions_Volunteers_VolunteerId",
                table: "Sessions",
                column: "VolunteerId",
                principalTable: "Volunteers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Sessions_Volunteers_VolunteerId",
                table: "Sessions");

            migrationBuilder.DropTable(
                name: "CheckIns");

            migrationBuilder.DropTable(
                name: "DispatchOffers");

            migrationBuilder.DropTable(
                name: "SessionFeedback");

            migrationBuilder.DropTable(
                name: "VolunteerAvailability");

            migrationBuilder.DropTable(
                name: "Dispatches");

            migrationBuilder.DropTable(
                name: "Volunteers");

            migrationBuilder.DropIndex(
                name: "IX_Sessions_EndsAt_FeedbackInvitedAt",
                table: "Sessions");

            migrationBuilder.DropIndex(
                name: "IX_Sessions_VolunteerId_StartsAt",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "FeedbackInvitedAt",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "VolunteerId",
                table: "Sessions");
        }
    }
}
