using OneStop.Contracts;
using OneStop.Contracts.Intake;
using OneStop.ServiceDefaults.Identity;
using OneStop.Validation;

namespace OneStop.Intake.Applications;

/// <summary>Who may see which joint application, and how much of it. Not seeing it at all is answered as 404.</summary>
public static class ApplicationAccess
{
    public static bool CanRead(this CurrentUser user, JointApplication application) =>
        user.IsIn(Roles.Clerk)
        || user.IsIn(Roles.Regulator)
        || user.IsApplicantWith(application.ApplicantIdNumber)
        || (user.Utility is { } utility && user.IsOperatorOf(utility) && application.Requested(utility));

    /// <summary>An operator sees its own utility's part of a joint application; everyone else sees all of it.</summary>
    public static bool CanSee(this CurrentUser user, UtilityKind? utility) =>
        utility is null || !user.IsIn(Roles.Operator) || user.Utility == utility;

    public static ApplicantView ApplicantAsSeenBy(this JointApplication application, CurrentUser user)
    {
        var applicant = application.Applicant;
        return user.SeesPersonalDataOf(application.ApplicantIdNumber)
            ? new ApplicantView(applicant.Type, applicant.Name, application.ApplicantIdNumber, applicant.ContactName, applicant.Phone, applicant.Email)
            : new ApplicantView(applicant.Type, applicant.Name, ApplicantIdNumber.Mask(application.ApplicantIdNumber),
                applicant.ContactName, MobilePhoneNumber.Mask(applicant.Phone), applicant.Email is { } email ? EmailAddress.Mask(email) : null);
    }
}
