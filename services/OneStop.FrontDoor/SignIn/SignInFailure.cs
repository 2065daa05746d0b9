namespace OneStop.FrontDoor.SignIn;

/// <summary>
/// One refused sign-in, counted against one key (a user name or a client address; see <see cref="SignInKeys"/>). Rows
/// are only added and deleted, never updated, so replicas recording failures at once cannot lose one another's.
/// </summary>
public sealed class SignInFailure
{
    public long Id { get; private set; }
    public string Key { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    public static SignInFailure Of(string key, DateTimeOffset at) => new() { Key = key, At = at };
}
