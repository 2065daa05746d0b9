using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Intake.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Quotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Quote",
                table: "utility_progress",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "QuotedAt",
                table: "utility_progress",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Quote",
                table: "utility_progress");

            migrationBuilder.DropColumn(
                name: "QuotedAt",
                table: "utility_progress");
        }
    }
}
