namespace OneStop.Workflow;

/// <summary>An action the current state of a case or an application does not allow: answered as 409 with both languages' explanation.</summary>
public sealed class IllegalTransitionException(string chinese, string english) : InvalidOperationException($"{chinese} / {english}");
