using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Electricity.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseManagersAndPausedClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ManagerAssignedAt",
                table: "applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ManagerName",
                table: "applications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ManagerUserName",
                table: "applications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_applications_ManagerUserName",
                table: "applications",
                column: "ManagerUserName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_applications_ManagerUserName",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "ManagerAssignedAt",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "ManagerName",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "ManagerUserName",
                table: "applications");
        }
    }
}
