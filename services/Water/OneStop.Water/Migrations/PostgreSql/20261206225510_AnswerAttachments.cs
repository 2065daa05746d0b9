using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Water.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AnswerAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Attachments",
                table: "pauses",
                type: "text",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Attachments",
                table: "pauses");
        }
    }
}
