using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Water.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExternalWorksApprovals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WorksApproval",
                table: "applications",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WorksApproval",
                table: "applications");
        }
    }
}
