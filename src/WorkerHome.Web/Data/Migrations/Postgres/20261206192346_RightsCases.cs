using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace WorkerHome.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Serial = table.Column<int>(type: "integer", nullable: false),
                    WorkerId = table.Column<Guid>(type: "uuid", nullable: true),
                    PersonName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PhoneCipher = table.Column<string>(type: "text", nullable: false),
                    PhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: true),
                    UnionId = table.Column<int>(type: "integer", nullable: false),
                    SiteId = table.Column<int>(type: "integer", nullable: true),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    ConsentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcknowledgeBy = table.Column<DateOnly>(type: "date", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CloseBy = table.Column<DateOnly>(type: "date", nullable: false),
                    AssignedStaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssignedVolunteerId = table.Column<int>(type: "integer", nullable: true),
                    ProposedOutcome = table.Column<int>(type: "integer", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    RatingComment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ByWorker = table.Column<bool>(type: "boolean", nullable: false),
                    VisibleToWorker = table.Column<bool>(type: "boolean", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    VisibleToWorker = table.Column<bool>(type: "boolean", nullable: false)
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
