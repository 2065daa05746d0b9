using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OneStop.Intake.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ActorRoles = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OnBehalfOf = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Resource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClientAddress = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TraceId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicantKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "text", nullable: true),
                    MediaType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    ContentLocator = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ConsentedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConsentedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    Owner = table.Column<string>(type: "text", nullable: false),
                    Key = table.Column<string>(type: "text", nullable: false),
                    RequestHash = table.Column<string>(type: "text", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationNumber = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_keys", x => new { x.Owner, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "joint_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "text", nullable: false),
                    ApplicantKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FiledBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FiledByRole = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Requests = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Applicant_ContactName = table.Column<string>(type: "text", nullable: false),
                    Applicant_Email = table.Column<string>(type: "text", nullable: true),
                    Applicant_Name = table.Column<string>(type: "text", nullable: false),
                    Applicant_Phone = table.Column<string>(type: "text", nullable: false),
                    Applicant_Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Site_Address = table.Column<string>(type: "text", nullable: false),
                    Site_RegionCode = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_joint_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageType = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    TraceParent = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    LockedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LockedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "application_documents",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    NeededBy = table.Column<string>(type: "text", nullable: false),
                    CommitmentSignedBy = table.Column<string>(type: "text", nullable: true),
                    CommitmentStatement = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CommitmentWorkingDays = table.Column<int>(type: "integer", nullable: true),
                    CommitmentDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ProvidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OverdueRaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Event = table.Column<string>(type: "text", nullable: false),
                    Utility = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: false)
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
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Utility = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    UtilityApplicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StateSequence = table.Column<int>(type: "integer", nullable: false),
                    StageCode = table.Column<string>(type: "text", nullable: true),
                    StageNameZh = table.Column<string>(type: "text", nullable: true),
                    StageNameEn = table.Column<string>(type: "text", nullable: true),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ForecastCompletion = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OpenCorrectionId = table.Column<Guid>(type: "uuid", nullable: true),
                    OpenCorrectionNeeded = table.Column<string>(type: "text", nullable: true),
                    CorrectionAnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CustomerWorksDeclaredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RejectionReason = table.Column<string>(type: "text", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
