using Microsoft.Extensions.Options;
using SoukPlay.Bot.Twilio;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Numbers;

/// <summary>
/// Writes our Twilio numbers (<c>Twilio:PlatformNumber</c>, <c>Twilio:Numbers</c>) to the store
/// at start, so the dialogs can tell which shop or cooperative a number belongs to. In local mode
/// it writes the platform number <see cref="LocalPlatformNumber"/>.
/// </summary>
/// <remarks>
/// Numbers removed from the settings stay in the store; nothing here deletes.
/// </remarks>
public sealed class SenderNumberSeeder(
    IMarketStore store,
    IOptions<TwilioOptions> options,
    ILogger<SenderNumberSeeder> logger) : IHostedService
{
    /// <summary>The platform number of local mode (a Moroccan fixed-line number no one owns).</summary>
    public const string LocalPlatformNumber = "+212500000000";

    /// <summary>
    /// Our numbers as the settings give them: <c>Twilio:PlatformNumber</c> and
    /// <c>Twilio:Numbers</c>, or <see cref="LocalPlatformNumber"/> in local mode.
    /// </summary>
    public static IReadOnlyList<string> ConfiguredNumbers(TwilioOptions twilio)
    {
        ArgumentNullException.ThrowIfNull(twilio);
        return [.. Wanted(twilio).Select(number => number.Id)];
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var wanted = Wanted(options.Value);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SeedAsync(wanted, cancellationToken);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < 3)
            {
                // Another host seeded at the same moment: read again and compare.
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAsync(IReadOnlyList<SenderNumber> wanted, CancellationToken cancellationToken)
    {
        var changes = new ChangeSet();
        foreach (var number in wanted)
        {
            var stored = await store.GetSenderNumberAsync(number.Id, cancellationToken);
            if (stored is not null && stored.OwnerKind == number.OwnerKind && stored.OwnerId == number.OwnerId)
            {
                continue;
            }

            number.Version = stored?.Version ?? 0;
            changes.Put(number);
            Log.NumberSeeded(logger, PhoneAddress.Mask(number.Id), number.OwnerKind, number.OwnerId);
        }

        if (!changes.IsEmpty)
        {
            await store.CommitAsync(changes, cancellationToken);
        }
    }

    private static List<SenderNumber> Wanted(TwilioOptions twilio)
    {
        var wanted = new List<SenderNumber>();
        var platform = twilio.IsConfigured ? twilio.PlatformNumber : LocalPlatformNumber;
        if (!string.IsNullOrEmpty(platform))
        {
            wanted.Add(new SenderNumber { Id = platform, OwnerKind = SenderOwnerKind.Platform });
        }

        foreach (var number in twilio.IsConfigured ? twilio.Numbers : [])
        {
            wanted.Add(ToSenderNumber(number));
        }

        return wanted;
    }

    private static SenderNumber ToSenderNumber(TwilioNumberOptions number)
    {
        var (kind, owner) = (number.Shop, number.Cooperative) switch
        {
            ({ Length: > 0 } shop, _) => (SenderOwnerKind.Shop, shop),
            (_, { Length: > 0 } cooperative) => (SenderOwnerKind.Cooperative, cooperative),
            _ => (SenderOwnerKind.Platform, ""),
        };
        return new SenderNumber { Id = number.Number!, OwnerKind = kind, OwnerId = owner };
    }
}
