using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkerHome.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RightsCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RightsCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Serial = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PhoneCipher = table.Column<string>(type: "TEXT", nullable: false),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: true),
                    UnionId = table.Column<int>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgeBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CloseBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AssignedStaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedVolunteerId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProposedOutcome = table.Column<int>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    RatingComment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RightsCases", x => x.Id);
                    table.CheckConstraint("CK_RightsCases_Amount", "\"AmountFen\" IS NULL OR \"AmountFen\" >= 0");
                    table.CheckConstraint("CK_RightsCases_Closed", "(\"Status\" = 4) = (\"Outcome\" IS NOT NULL)");
                    table.CheckConstraint("CK_RightsCases_Rating", "\"Rating\" IS NULL OR (\"Rating\" BETWEEN 1 AND 5)");
                    table.ForeignKey(
                        name: "FK_RightsCases_AspNetUsers_AssignedStaffId",
                        column: x => x.AssignedStaffId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RightsCases_AspNetUsers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RightsCases_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RightsCases_Unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "Unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RightsCases_Volunteers_AssignedVolunteerId",
                        column: x => x.AssignedVolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "维权诉求：职工网上提交或在阵地现场登记的维权案件；联系电话加密存储");

            migrationBuilder.CreateTable(
                name: "RightsCaseSequences",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RightsCaseSequences", x => x.Year);
                },
                comment: "维权案件编号的年度流水号");

            migrationBuilder.CreateTable(
                name: "RightsCaseDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByWorker = table.Column<bool>(type: "INTEGER", nullable: false),
                    VisibleToWorker = table.Column<bool>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RightsCaseDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RightsCaseDocuments_RightsCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "RightsCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RightsCaseDocuments_StoredFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                },
                comment: "维权诉求的材料（职工或工作人员上传）");

            migrationBuilder.CreateTable(
                name: "RightsCaseSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    VisibleToWorker = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RightsCaseSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RightsCaseSteps_RightsCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "RightsCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                },
                comment: "维权诉求的办理步骤（只增不改；可设为仅内部可见）");

            migrationBuilder.CreateIndex(
                name: "IX_RightsCaseDocuments_CaseId",
                table: "RightsCaseDocuments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_RightsCaseDocuments_FileId",
                table: "RightsCaseDocuments",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_RightsCases_AssignedStaffId",
                table: "RightsCases",
                column: "AssignedStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_RightsCases_AssignedVolunteerId",
                table: "RightsCases",
                column: "AssignedVolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_RightsCases_Number",
                table: "RightsCases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RightsCases_SiteId",
                table: "RightsCases",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_RightsCases_UnionId_Status",
                table: "RightsCases",
                columns: new[] { "UnionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_RightsCases_WorkerId_SubmittedAt",
                table: "RightsCases",
                columns: new[] { "WorkerId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RightsCases_Year_Serial",
                table: "RightsCases",
                columns: new[] { "Year", "Serial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RightsCaseSteps_CaseId_At",
                table: "RightsCaseSteps",
                columns: new[] { "CaseId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RightsCaseDocuments");

            migrationBuilder.DropTable(
                name: "RightsCaseSequences");

            migrationBuilder.DropTable(
                name: "RightsCaseSteps");

            migrationBuilder.DropTable(
                name: "RightsCases");
        }
    }
}
