using Microsoft.Extensions.Options;
using OneStop.Intake.Documents.Requirements;
using OneStop.Contracts;
using OneStop.Intake.Documents;

namespace OneStop.UnitTests.Documents;

/// <summary>The one document set of a case, and the checks that stop intake on a wrong requirement setting.</summary>
public sealed class DocumentRequirementsTests
{
    [Fact]
    public void A_document_several_utilities_need_is_asked_once_and_may_follow_only_as_late_as_the_strictest_allows()
    {
        var options = new DocumentOptions
        {
            Requirements =
            [
                new() { Utility = UtilityKind.Water, Document = "property-certificate", LegalBasis = "水 / water", CommitmentWorkingDays = 10, BeforeStage = "inspection-turn-on" },
                new() { Utility = UtilityKind.Gas, Document = "property-certificate", LegalBasis = "气 / gas", CommitmentWorkingDays = 5, BeforeStage = "inspection-turn-on" },
                new() { Utility = UtilityKind.Heat, Document = "property-certificate", LegalBasis = "热 / heat" },
            ],
        };
        var requirements = new DocumentRequirements(Options.Create(options));

        var waterAndGas = Assert.Single(requirements.For(ApplicantType.Individual,
            new UtilityRequests(Water: new WaterRequest(25, Usage.Residential), Gas: new GasRequest(2, Usage.Residential))));
        var withHeat = Assert.Single(requirements.For(ApplicantType.Individual,
            new UtilityRequests(Water: new WaterRequest(25, Usage.Residential), Heat: new HeatRequest(90))));

        Assert.Equal(5, waterAndGas.CommitmentWorkingDays);
        Assert.Equal(["水 / water", "气 / gas"], waterAndGas.LegalBasis);
        Assert.Equal([UtilityKind.Water, UtilityKind.Gas], waterAndGas.NeededBy.Select(n => n.Utility));
        Assert.Null(withHeat.CommitmentWorkingDays);
    }

    [Theory]
    [InlineData(ApplicantType.Individual, 8, Usage.Residential, "resident-id,property-certificate")]
    [InlineData(ApplicantType.Enterprise, 8, Usage.Residential, "business-licence,property-certificate")]
    [InlineData(ApplicantType.Enterprise, 120, Usage.Commercial, "business-licence,property-certificate,load-list")]
    [InlineData(ApplicantType.Enterprise, 800, Usage.Industrial, "business-licence,property-certificate,load-list,site-plan")]
    public void The_default_electricity_requirements_follow_the_applicant_and_the_capacity(ApplicantType type, int capacityKw, Usage usage, string documents)
    {
        var requirements = new DocumentRequirements(Options.Create(new DocumentOptions()));

        var required = requirements.For(type, new UtilityRequests(new ElectricityRequest(capacityKw, usage)));

        Assert.Equal(documents.Split(','), required.Select(r => r.Kind.Code));
    }

    public static TheoryData<DocumentRequirement, string> WrongSettings => new()
    {
        { new() { Utility = UtilityKind.Water, Document = "selfie", LegalBasis = "x / x" }, "Document: unknown" },
        { new() { Utility = UtilityKind.Water, Document = "load-list", LegalBasis = " " }, "LegalBasis: required" },
        { new() { Utility = UtilityKind.Water, Document = "load-list", LegalBasis = "x / x", CommitmentWorkingDays = 5 }, "with the BeforeStage" },
        { new() { Utility = UtilityKind.Water, Document = "load-list", LegalBasis = "x / x", CommitmentWorkingDays = 0, BeforeStage = "inspection-turn-on" }, "from 1 to 60" },
        { new() { Utility = UtilityKind.Water, Document = "resident-id", LegalBasis = "x / x", CommitmentWorkingDays = 5, BeforeStage = "inspection-turn-on" }, "identity documents" },
        { new() { Utility = UtilityKind.Water, Document = "load-list", LegalBasis = "x / x", Catalogues = ["gas"] }, "not a Water catalogue" },
        { new() { Utility = UtilityKind.Water, Document = "load-list", LegalBasis = "x / x", CommitmentWorkingDays = 5, BeforeStage = "supply-plan" }, "not a stage of any Water catalogue" },
        { new() { Utility = UtilityKind.Electricity, Document = "load-list", LegalBasis = "x / x", Catalogues = ["electricity-high-voltage-single-source"] }, "" },
    };

    [Theory]
    [MemberData(nameof(WrongSettings))]
    public void Each_wrong_setting_is_named_so_that_intake_does_not_start_with_it(DocumentRequirement requirement, string problem)
    {
        var problems = DocumentRequirements.Problems(new DocumentOptions { Requirements = [requirement] }).ToList();

        if (problem.Length == 0)
            Assert.Empty(problems);
        else
            Assert.Contains(problems, p => p.StartsWith("Documents:Requirements:0") && p.Contains(problem));
    }

    [Fact]
    public void The_defaults_have_a_legal_basis_for_every_requirement_and_pass_their_own_checks()
    {
        Assert.Empty(DocumentRequirements.Problems(new DocumentOptions { Requirements = [.. DefaultRequirements.All] }));
        Assert.All(DefaultRequirements.All, r => Assert.Contains(" / ", r.LegalBasis));
    }
}
