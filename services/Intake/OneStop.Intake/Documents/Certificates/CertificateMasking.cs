using OneStop.Contracts.Documents;
using OneStop.Validation;

namespace OneStop.Intake.Documents.Certificates;

public static class CertificateMasking
{
    private const string Hidden = "已隐藏 / hidden";

    /// <summary>
    /// What a utility's staff read: the identity numbers masked as everywhere else, and every entry of a resident identity
    /// card (birth date, address, …) hidden. The other certificates' entries are the site itself or a register's public
    /// record, which a utility needs.
    /// </summary>
    public static CertificateRecord Masked(this CertificateRecord record) => record with
    {
        HolderId = ApplicantIdNumber.Mask(record.HolderId),
        Number = record.Number == record.HolderId ? ApplicantIdNumber.Mask(record.Number) : record.Number,
        Fields = record.Type == DocumentKind.ResidentId.Code ? record.Fields.ToDictionary(field => field.Key, _ => Hidden) : record.Fields,
    };
}
