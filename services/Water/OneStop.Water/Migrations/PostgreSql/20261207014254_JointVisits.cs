using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Water.Migrations.PostgreSql
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Visits",
                table: "applications",
                type: "text",
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
