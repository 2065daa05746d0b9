using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Intake.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ProvisionalCalendars : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DueCalendar",
                table: "utility_progress",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForecastCalendar",
                table: "utility_progress",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Calendar",
                table: "timeline",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "holiday_schedules",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Csv = table.Column<string>(type: "character varying(65536)", maxLength: 65536, nullable: false),
                    InstalledBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InstalledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_holiday_schedules", x => x.Year);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "holiday_schedules");

            migrationBuilder.DropColumn(
                name: "DueCalendar",
                table: "utility_progress");

            migrationBuilder.DropColumn(
                name: "ForecastCalendar",
                table: "utility_progress");

            migrationBuilder.DropColumn(
                name: "Calendar",
                table: "timeline");
        }
    }
}
