using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Intake.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CaseManagersAndPausedClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClockPausedFor",
                table: "utility_progress",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ManagerAssignedAt",
                table: "utility_progress",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ManagerHotline",
                table: "utility_progress",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ManagerName",
                table: "utility_progress",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClockPausedFor",
                table: "utility_progress");

            migrationBuilder.DropColumn(
                name: "ManagerAssignedAt",
                table: "utility_progress");

            migrationBuilder.DropColumn(
                name: "ManagerHotline",
                table: "utility_progress");

            migrationBuilder.DropColumn(
                name: "ManagerName",
                table: "utility_progress");
        }
    }
}
