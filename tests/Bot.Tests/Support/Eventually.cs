namespace SoukPlay.Bot.Tests.Support;

/// <summary>Waits for something the background sender does.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<T> read, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var value = read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
            value = read();
        }

        done(value).Should().BeTrue($"{what} within fifteen seconds");
        return value;
    }
}
