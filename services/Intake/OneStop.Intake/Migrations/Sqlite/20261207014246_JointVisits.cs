using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Intake.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Participants = table.Column<string>(type: "TEXT", nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: true),
                    End = table.Column<long>(type: "INTEGER", nullable: true),
                    BookedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BookedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Reschedules = table.Column<int>(type: "INTEGER", nullable: false),
                    Misses = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_joint_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "surveyor_availability",
                columns: table => new
                {
                    Utility = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SlotStarts = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SlotHours = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
