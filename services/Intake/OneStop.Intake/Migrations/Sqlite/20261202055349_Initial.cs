using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Intake.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorRoles = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OnBehalfOf = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Resource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TraceId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicantKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", nullable: true),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContentLocator = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConsentedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConsentedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    Owner = table.Column<string>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationNumber = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_keys", x => new { x.Owner, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "joint_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "TEXT", nullable: false),
                    ApplicantKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FiledBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FiledByRole = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Requests = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Applicant_ContactName = table.Column<string>(type: "TEXT", nullable: false),
                    Applicant_Email = table.Column<string>(type: "TEXT", nullable: true),
                    Applicant_Name = table.Column<string>(type: "TEXT", nullable: false),
                    Applicant_Phone = table.Column<string>(type: "TEXT", nullable: false),
                    Applicant_Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Site_Address = table.Column<string>(type: "TEXT", nullable: false),
                    Site_RegionCode = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_joint_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageType = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    TraceParent = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    LockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LockedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "application_documents",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NeededBy = table.Column<string>(type: "TEXT", nullable: false),
                    CommitmentSignedBy = table.Column<string>(type: "TEXT", nullable: true),
                    CommitmentStatement = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CommitmentWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    CommitmentDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ProvidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OverdueRaisedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_documents", x => new { x.ApplicationId, x.Type });
                    table.ForeignKey(
                        name: "FK_application_documents_joint_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "joint_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "timeline",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Event = table.Column<string>(type: "TEXT", nullable: false),
                    Utility = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_timeline", x => x.Id);
                    table.ForeignKey(
                        name: "FK_timeline_joint_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "joint_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "utility_progress",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Utility = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    UtilityApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StateSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    StageCode = table.Column<string>(type: "TEXT", nullable: true),
                    StageNameZh = table.Column<string>(type: "TEXT", nullable: true),
                    StageNameEn = table.Column<string>(type: "TEXT", nullable: true),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ForecastCompletion = table.Column<long>(type: "INTEGER", nullable: true),
                    OpenCorrectionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OpenCorrectionNeeded = table.Column<string>(type: "TEXT", nullable: true),
                    CorrectionAnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CustomerWorksDeclaredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_utility_progress", x => new { x.ApplicationId, x.Utility });
                    table.ForeignKey(
                        name: "FK_utility_progress_joint_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "joint_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_application_documents_DocumentId",
                table: "application_documents",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_application_documents_DocumentId_CommitmentDueAt",
                table: "application_documents",
                columns: new[] { "DocumentId", "CommitmentDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_OnBehalfOf",
                table: "audit_log",
                column: "OnBehalfOf");

            migrationBuilder.CreateIndex(
                name: "IX_documents_ApplicantKey_Type_Sha256",
                table: "documents",
                columns: new[] { "ApplicantKey", "Type", "Sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_joint_applications_ApplicantKey",
                table: "joint_applications",
                column: "ApplicantKey");

            migrationBuilder.CreateIndex(
                name: "IX_joint_applications_Number",
                table: "joint_applications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_MessageId",
                table: "outbox",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_SentAt",
                table: "outbox",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_timeline_ApplicationId",
                table: "timeline",
                column: "ApplicationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_documents");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "documents");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "inbox");

            migrationBuilder.DropTable(
                name: "outbox");

            migrationBuilder.DropTable(
                name: "timeline");

            migrationBuilder.DropTable(
                name: "utility_progress");

            migrationBuilder.DropTable(
                name: "joint_applications");
        }
    }
}
