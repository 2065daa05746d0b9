#!/usr/bin/env bash
# Adds a migration named $1 to every service database, once for PostgreSQL and once for SQLite (each provider keeps its
# own set: services/*/Migrations/PostgreSql and .../Sqlite). The tool starts the all-in-one host only far enough to
# read the models; nothing connects to a database. Usage: tools/add-migration.sh AddHolidaySchedules
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: tools/add-migration.sh MigrationName}
dotnet tool restore >/dev/null
dotnet build services/AllInOne -v q -nologo >/dev/null

# service name (as in ConnectionStrings__<name>) : project folder : DbContext
databases=(
  "Intake:services/Intake/OneStop.Intake:IntakeDbContext"
  "Electricity:services/Electricity/OneStop.Electricity:ElectricityDbContext"
  "Water:services/Water/OneStop.Water:WaterDbContext"
  "Gas:services/Gas/OneStop.Gas:GasDbContext"
  "Heat:services/Heat/OneStop.Heat:HeatDbContext"
  "Network:services/Network/OneStop.Network:NetworkDbContext"
  "Notification:services/Notification/OneStop.Notification:NotificationDbContext"
  "Approvals:services/Approvals/OneStop.Approvals:ApprovalsDbContext"
  "Portal:services/Portal/OneStop.Portal:PortalDbContext"
  "FrontDoor:services/OneStop.FrontDoor:FrontDoorDbContext"
)
design_data=$(mktemp -d)
trap 'rm -rf "$design_data"' EXIT
for database in "${databases[@]}"; do
  IFS=: read -r service project context <<<"$database"
  namespace=$(basename "$project")
  for provider in PostgreSql Sqlite; do
    connection=()
    # A connection string is what makes a service choose PostgreSQL; the tool never opens it.
    [ "$provider" = PostgreSql ] && connection=("ConnectionStrings__$service=Host=localhost;Database=design-time")
    # Both snapshots share a file name, and the tool writes over the first one it finds: keep the other provider's aside.
    snapshot="$project/Migrations/$provider/${context}ModelSnapshot.cs"
    other="$project/Migrations/$([ "$provider" = Sqlite ] && echo PostgreSql || echo Sqlite)/${context}ModelSnapshot.cs"
    [ -f "$other" ] && mv "$other" "$other.aside"
    env Data__Directory="$design_data" "${connection[@]}" dotnet ef migrations add "$name" --no-build \
      --project "$project" --startup-project services/AllInOne --context "$context" \
      --output-dir "Migrations/$provider" --namespace "$namespace.Migrations.$provider" >/dev/null
    written=$(find "$project" -name "${context}ModelSnapshot.cs" -not -path '*/bin/*' -not -path '*/obj/*')
    if [ "$written" != "$snapshot" ]; then
      mv "$written" "$snapshot"
      find "$project" -type d -empty -delete
    fi
    [ -f "$other.aside" ] && mv "$other.aside" "$other"
    # A service whose model did not change gets no migration.
    if ! grep -q 'migrationBuilder\.' "$project/Migrations/$provider/"*"_$name.cs"; then
      rm "$project/Migrations/$provider/"*"_$name.cs" "$project/Migrations/$provider/"*"_$name.Designer.cs"
      echo "$service ($provider): unchanged"
      continue
    fi
    echo "$service ($provider): $name added"
  done
done
