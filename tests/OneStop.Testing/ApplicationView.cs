using System.Text.Json.Nodes;

namespace OneStop.Testing;

/// <summary>Reading intake's view of a joint application (GET /api/intake/applications/{id}).</summary>
public static class ApplicationView
{
    public static IEnumerable<JsonObject> Utilities(JsonObject application) =>
        application["utilities"]!.AsArray().Select(utility => utility!.AsObject());

    public static JsonObject Utility(JsonObject application, string utility) =>
        Utilities(application).Single(u => (string?)u["utility"] == utility);

    /// <summary>The application's joint visit for <paramref name="step"/> (survey, acceptance), once there is one.</summary>
    public static JsonObject? Visit(JsonObject application, string step) =>
        application["visits"]?.AsArray().Select(v => v!.AsObject()).SingleOrDefault(v => (string?)v["step"] == step);

    /// <summary>The utility's own case for this application (its id in the utility's API).</summary>
    public static Guid CaseId(JsonObject application, string utility) => Guid.Parse((string)Utility(application, utility)["utilityApplicationId"]!);
}
