namespace OneStop.Contracts;

/// <summary>Something a utility did with its case; every such event carries the case's state after it.</summary>
public interface IUtilityCaseEvent
{
    Guid ApplicationId { get; }
    UtilityKind Utility { get; }
    Guid UtilityApplicationId { get; }
    UtilityCaseState State { get; }
}
