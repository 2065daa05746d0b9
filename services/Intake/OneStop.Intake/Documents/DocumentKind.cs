using OneStop.Contracts.Documents;

namespace OneStop.Intake.Documents;

/// <summary>
/// A kind of document the platform knows. Certificates are fetched, never uploaded (四免: what government data sharing
/// holds is not asked for), and are valid as long as the certificate is; an upload is valid for ValidForDays. A video
/// kind takes MP4 files within their own size limit; every other upload is a PDF, JPEG or PNG.
/// </summary>
public sealed record DocumentKind(string Code, string NameZh, string NameEn, DocumentSource Source, int? ValidForDays = null, bool Video = false)
{
    public static readonly DocumentKind ResidentId = new("resident-id", "居民身份证", "resident identity card", DocumentSource.Certificate);
    public static readonly DocumentKind BusinessLicence = new("business-licence", "营业执照", "business licence", DocumentSource.Certificate);
    public static readonly DocumentKind PropertyCertificate = new("property-certificate", "不动产权证书", "real-estate certificate", DocumentSource.Certificate);
    public static readonly DocumentKind LoadList = new("load-list", "用电设备清单", "list of electrical loads", DocumentSource.Upload, 180);
    public static readonly DocumentKind SitePlan = new("site-plan", "用电地址总平面图", "site plan of the supply address", DocumentSource.Upload, 365);
    public static readonly DocumentKind GasApplianceList = new("gas-appliance-list", "用气设备清单", "list of gas appliances", DocumentSource.Upload, 180);

    /// <summary>Whatever a utility asks for in a correction that no other kind names: a photo, a drawing, a signed form.</summary>
    public static readonly DocumentKind Supplement = new("supplement", "补正材料", "supplementary document", DocumentSource.Upload, 365);
    /// <summary>A photo of the customer's finished works, for a remote acceptance (云验收).</summary>
    public static readonly DocumentKind CompletionPhoto = new("completion-photo", "竣工照片", "photo of the finished works", DocumentSource.Upload, 365);
    /// <summary>A video walking through the customer's finished works, for a remote acceptance (云验收).</summary>
    public static readonly DocumentKind CompletionVideo = new("completion-video", "竣工视频", "video of the finished works", DocumentSource.Upload, 365, Video: true);
    public static readonly IReadOnlyList<DocumentKind> All =
        [ResidentId, BusinessLicence, PropertyCertificate, LoadList, SitePlan, GasApplianceList, Supplement, CompletionPhoto, CompletionVideo];

    /// <summary>What a remote acceptance may be given: photos and videos of the finished works.</summary>
    public static readonly IReadOnlyList<DocumentKind> RemoteAcceptanceEvidence = [CompletionPhoto, CompletionVideo];

    public static DocumentKind? Find(string? code) => All.SingleOrDefault(kind => kind.Code == code);

    public string Name => $"{NameZh} / {NameEn}";
}
