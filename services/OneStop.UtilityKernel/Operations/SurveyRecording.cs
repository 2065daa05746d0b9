using OneStop.Contracts.JointSteps;
using OneStop.Contracts.Utilities;
using OneStop.Validation;

namespace OneStop.UtilityKernel.Operations;

/// <summary>The survey findings an operator sends, checked and read.</summary>
public static class SurveyRecording
{
    /// <summary>Longer external lines are projects of their own, not a connection's.</summary>
    public const int MaxExternalWorksMetres = 20_000;
    private const int MaxTextLength = 1000;

    public static Dictionary<string, string[]> Problems(SurveyFindingsRequest request)
    {
        var problems = new Dictionary<string, string[]>();
        if (request.ExternalWorksNeeded is null)
            problems["externalWorksNeeded"] = ["请说明是否需要外线工程 / say whether external works are needed"];
        if (!IsText(request.Findings))
            problems["findings"] = [$"请填写踏勘情况，不超过 {MaxTextLength} 个字符 / describe what was found, at most {MaxTextLength} characters"];
        if (request.ExternalWorksNeeded == true)
        {
            if (request.ExternalWorksMetres is not (>= 1 and <= MaxExternalWorksMetres))
                problems["externalWorksMetres"] = [$"外线长度须为 1–{MaxExternalWorksMetres} 米的整数 / a whole number of metres, 1 to {MaxExternalWorksMetres}"];
            if (!IsText(request.ExternalWorksRoute))
                problems["externalWorksRoute"] = [$"请写明外线路由（经过的道路、绿地），不超过 {MaxTextLength} 个字符 / describe the route (roads, green space crossed)"];
        }
        else if (request.ExternalWorksMetres is not null || request.ExternalWorksRoute is not null || request.RouteFeatures is { Count: > 0 })
            problems["externalWorksNeeded"] = ["不需要外线工程时不填长度、路由和占用情况 / no length, route or public space without external works"];
        return problems;
    }

    public static SurveyFindings Findings(SurveyFindingsRequest request) => request.ExternalWorksNeeded == true
        ? new(true, request.ExternalWorksMetres, request.ExternalWorksRoute!.Trim(), request.Findings!.Trim(), request.RouteFeatures?.Distinct().Order().ToList() ?? [])
        : new(false, null, null, request.Findings!.Trim());

    private static bool IsText(string? text) => PlainText.IsNote(text, MaxTextLength);
}
