using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Gas.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CaseManagersAndPausedClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ManagerAssignedAt",
                table: "applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ManagerName",
                table: "applications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ManagerUserName",
                table: "applications",
                type: "character varying(200)",
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
