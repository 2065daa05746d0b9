using OneStop.Contracts;

namespace OneStop.Intake.Documents.Requirements;

/// <summary>
/// One utility's need for one kind of document, in the cases it names (empty lists: every case). Configuration, so that a
/// region can set its own: <c>Documents:Requirements:0:Utility=Water</c>, <c>…:Document=property-certificate</c>, ….
/// </summary>
public sealed class DocumentRequirement
{
    public UtilityKind Utility { get; set; }
    public string Document { get; set; } = "";
    public List<ApplicantType> ApplicantTypes { get; set; } = [];
    /// <summary>Stage catalogue keys (they tell low from high voltage and residential from not); empty: every catalogue.</summary>
    public List<string> Catalogues { get; set; } = [];
    public List<Usage> Usages { get; set; } = [];
    /// <summary>The rule that allows asking for it (四免: no legal basis, no requirement), shown in the service guide.</summary>
    public string LegalBasis { get; set; } = "";
    /// <summary>容缺受理: may follow within this many working days on a signed commitment; null: needed at submission.</summary>
    public int? CommitmentWorkingDays { get; set; }
    /// <summary>The stage that cannot complete until a committed document arrives; null: needed from the start.</summary>
    public string? BeforeStage { get; set; }
}
