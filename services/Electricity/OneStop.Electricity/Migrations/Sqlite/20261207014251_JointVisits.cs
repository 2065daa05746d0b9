using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Electricity.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JointVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Joint",
                table: "stages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Visits",
                table: "applications",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Joint",
                table: "stages");

            migrationBuilder.DropColumn(
                name: "Visits",
                table: "applications");
        }
    }
}
