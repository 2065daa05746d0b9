using Microsoft.Playwright;

namespace OneStop.BrowserTests;

/// <summary>
/// What a journey through the portal costs its user, counted as the test takes it: clicks (a box ticked, a button or
/// link pressed, a file picked), choices from a list, page loads and sign-ins. Typing is not counted.
/// </summary>
public sealed class Journey
{
    public int Clicks { get; private set; }
    public int Choices { get; private set; }
    public int Loads { get; private set; }
    public int SignIns { get; private set; }

    /// <summary>A page of this journey, signed in by <paramref name="signIn"/>: its loads count from here on.</summary>
    public async Task<IPage> SignInAsync(Func<Task<IPage>> signIn)
    {
        var page = await signIn();
        SignIns++;
        page.Load += (_, _) => Loads++;
        return page;
    }

    public Task ClickAsync(ILocator target)
    {
        Clicks++;
        return target.ClickAsync();
    }

    public Task CheckAsync(ILocator box)
    {
        Clicks++;
        return box.CheckAsync();
    }

    public Task PickFileAsync(ILocator chooser, FilePayload file)
    {
        Clicks++;
        return chooser.SetInputFilesAsync(file);
    }

    public Task ChooseAsync(ILocator list, string value)
    {
        Choices++;
        return list.SelectOptionAsync(value);
    }

    public override string ToString() => $"{Clicks} clicks, {Choices} choices from a list, {Loads} page loads, {SignIns} sign-ins";
}
