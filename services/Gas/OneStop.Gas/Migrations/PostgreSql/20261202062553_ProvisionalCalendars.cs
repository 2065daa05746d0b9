using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Gas.Migrations.PostgreSql
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ForecastCompletion",
                table: "applications",
                type: "timestamp with time zone",
                nullable: true);

            // Open cases were counted by a release that knew no provisional years and kept no forecast: the SLA watcher
            // counts them once more on its first pass (a recount that changes nothing writes nothing).
            migrationBuilder.Sql("UPDATE applications SET \"CountedProvisionally\" = TRUE WHERE \"Status\" IN ('Received', 'InProgress')");

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
                name: "CountedProvisionally",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "ForecastCompletion",
                table: "applications");
        }
    }
}
