using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Intake.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ManagerAssignedAt",
                table: "utility_progress",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ManagerHotline",
                table: "utility_progress",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ManagerName",
                table: "utility_progress",
                type: "TEXT",
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
