using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Intake.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class JointVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "joint_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Participants = table.Column<string>(type: "text", nullable: false),
                    Start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    End = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BookedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BookedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Reschedules = table.Column<int>(type: "integer", nullable: false),
                    Misses = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_joint_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "surveyor_availability",
                columns: table => new
                {
                    Utility = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SlotStarts = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    SlotHours = table.Column<int>(type: "integer", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_surveyor_availability", x => x.Utility);
                });

            migrationBuilder.CreateIndex(
                name: "IX_joint_visits_ApplicationId_Step",
                table: "joint_visits",
                columns: new[] { "ApplicationId", "Step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_joint_visits_Status_Start",
                table: "joint_visits",
                columns: new[] { "Status", "Start" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "joint_visits");

            migrationBuilder.DropTable(
                name: "surveyor_availability");
        }
    }
}
