using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Heat.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProvisionalCalendars : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CountedProvisionally",
                table: "applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "ForecastCompletion",
                table: "applications",
                type: "INTEGER",
                nullable: true);

            // Open cases were counted by a release that knew no provisional years and kept no forecast: the SLA watcher
            // counts them once more on its first pass (a recount that changes nothing writes nothing).
            migrationBuilder.Sql("UPDATE applications SET \"CountedProvisionally\" = TRUE WHERE \"Status\" IN ('Received', 'InProgress')");

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
                name: "CountedProvisionally",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "ForecastCompletion",
                table: "applications");
        }
    }
}
