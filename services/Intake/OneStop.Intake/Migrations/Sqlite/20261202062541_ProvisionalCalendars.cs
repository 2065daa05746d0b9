using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Intake.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForecastCalendar",
                table: "utility_progress",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Calendar",
                table: "timeline",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "holiday_schedules",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Csv = table.Column<string>(type: "TEXT", maxLength: 65536, nullable: false),
                    InstalledBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InstalledAt = table.Column<long>(type: "INTEGER", nullable: false)
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
