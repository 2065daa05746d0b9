using OneStop.Contracts;

namespace OneStop.Intake.Applications;

/// <summary>One application form, one document set, fanned out to every requested utility (联合报装).</summary>
public sealed class JointApplication
{
    public Guid Id { get; private set; }
    public string Number { get; private set; } = "";
    public ApplicationStatus Status { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public Applicant Applicant { get; private set; } = null!;
    /// <summary>Encrypted at rest; shown whole only to the applicant itself and the counter.</summary>
    public string ApplicantIdNumber { get; private set; } = "";
    /// <summary>Blind index of <see cref="ApplicantIdNumber"/>: finds an applicant's applications without decrypting.</summary>
    public string ApplicantKey { get; private set; } = "";
    /// <summary>The signed-in user who filed it: the applicant itself, or a counter clerk for a walk-in applicant.</summary>
    public string FiledBy { get; private set; } = "";
    public string FiledByRole { get; private set; } = "";
    public Site Site { get; private set; } = null!;
    public UtilityRequests Requests { get; private set; } = null!;
    public List<UtilityProgress> Utilities { get; private set; } = [];
    public List<TimelineEntry> Timeline { get; private set; } = [];
    /// <summary>Concurrency token: the utilities report in parallel, and exactly one of them must see "all received".</summary>
    public int Version { get; private set; }

    public static JointApplication Submit(
        string number, Applicant applicant, string idNumber, string applicantKey, Filer filedBy, Site site, UtilityRequests requests, DateTimeOffset at)
    {
        var application = new JointApplication
        {
            Id = Guid.CreateVersion7(at),
            Number = number,
            Status = ApplicationStatus.Submitted,
            SubmittedAt = at,
            Applicant = applicant,
            ApplicantIdNumber = idNumber,
            ApplicantKey = applicantKey,
            FiledBy = filedBy.UserName,
            FiledByRole = filedBy.Role,
            Site = site,
            Requests = requests,
        };
        application.Utilities = requests.Requested().Select(utility => UtilityProgress.Pending(application.Id, utility)).ToList();
        application.Timeline.Add(TimelineEntry.Of(application.Id, at, "submitted", "联合报装申请已提交 / Joint application submitted"));
        return application;
    }

    public JointApplicationSubmitted ToSubmittedEvent() => new(Id, Number, SubmittedAt, ApplicantKey, Applicant, Site, Requests);

    public bool Requested(UtilityKind utility) => Utilities.Any(u => u.Utility == utility);

    public void MarkReceived(UtilityKind utility, Guid utilityApplicationId, DateTimeOffset at)
    {
        var progress = Utilities.Single(u => u.Utility == utility);
        if (progress.Status != UtilityStatus.Pending)
            return;

        progress.MarkReceived(utilityApplicationId, at);
        var (chinese, english) = utility.CompanyName();
        Timeline.Add(TimelineEntry.Of(Id, at, "receivedByUtility", $"{chinese}已收到申请 / The {english} received the application", utility));
        if (Status == ApplicationStatus.Submitted && Utilities.All(u => u.Status == UtilityStatus.Received))
        {
            Status = ApplicationStatus.InProgress;
            Timeline.Add(TimelineEntry.Of(Id, Utilities.Max(u => u.ReceivedAt)!.Value, "inProgress", "各公用事业单位均已受理，办理中 / Every utility has it; in progress"));
        }
        Version++;
    }
}

/// <summary>Who filed an application, in which capacity (applicant or clerk).</summary>
public sealed record Filer(string UserName, string Role);
