namespace OneStop.Contracts.Guide;

/// <summary>What the applicant pays, where the published rules fix it; otherwise where the figure will come from.</summary>
public sealed record Fee(decimal? AmountYuan, string Note);
