namespace OneStop.Fees;

/// <summary>The days an item or a rule of a schedule is in force, both included; no end: until replaced.</summary>
public interface IValidity
{
    string Code { get; }
    DateOnly ValidFrom { get; }
    DateOnly? ValidUntil { get; }

    bool IsValidOn(DateOnly day) => day >= ValidFrom && (ValidUntil is not { } until || day <= until);

    bool Overlaps(IValidity other) =>
        (ValidUntil is not { } until || other.ValidFrom <= until) && (other.ValidUntil is not { } otherUntil || ValidFrom <= otherUntil);
}
