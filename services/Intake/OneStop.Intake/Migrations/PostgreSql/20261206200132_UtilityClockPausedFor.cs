using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Intake.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class UtilityClockPausedFor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ClockPausedFor",
                table: "utility_progress",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClockPausedFor",
                table: "utility_progress");
        }
    }
}
