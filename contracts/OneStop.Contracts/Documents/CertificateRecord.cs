namespace OneStop.Contracts.Documents;

/// <summary>A certificate as the government's electronic certificate service (电子证照) returns it.</summary>
public sealed record CertificateRecord(
    string Type,
    string HolderId,
    string HolderName,
    string Number,
    string Issuer,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    Dictionary<string, string> Fields);
