using OneStop.Validation;


namespace OneStop.Intake.Documents.Certificates;

/// <summary>A certificate as the government's electronic certificate service (电子证照) returns it.</summary>
public sealed record CertificateRecord(
    string Type,
    string HolderId,
    string HolderName,
    string Number,
    string Issuer,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    Dictionary<string, string> Fields)
{
    private const string Hidden = "已隐藏 / hidden";

    /// <summary>
    /// What a utility's staff read: the identity numbers masked as everywhere else, and every entry of a resident identity
    /// card (birth date, address, …) hidden. The other certificates' entries are the site itself or a register's public
    /// record, which a utility needs.
    /// </summary>
    public CertificateRecord Masked() => this with
    {
        HolderId = ApplicantIdNumber.Mask(HolderId),
        Number = Number == HolderId ? ApplicantIdNumber.Mask(Number) : Number,
        Fields = Type == DocumentKind.ResidentId.Code ? Fields.ToDictionary(field => field.Key, _ => Hidden) : Fields,
    };
}

