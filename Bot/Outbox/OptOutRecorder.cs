using SoukPlay.Bot.Twilio;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

/// <summary>
/// Marks a person opted out when the provider says they unsubscribed (Twilio error 21610), so
/// that nothing but replies to their own messages is sent to them again. A number nobody knew
/// yet gets a person record of its own, opted out.
/// </summary>
public sealed class OptOutRecorder(IMarketStore market, TimeProvider time, ILogger<OptOutRecorder> logger)
{
    private const int MaxTries = 3;

    /// <summary>Whether <paramref name="personId"/> opted out.</summary>
    public async Task<bool> IsOptedOutAsync(string personId, CancellationToken cancellationToken)
    {
        var person = await market.GetPersonAsync(personId, cancellationToken);
        return person is { OptedOut: true };
    }

    /// <summary>Records that <paramref name="personId"/> opted out (nothing when already so).</summary>
    public async Task OptOutAsync(string personId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);

        for (var attempt = 1; attempt <= MaxTries; attempt++)
        {
            var person = await market.GetPersonAsync(personId, cancellationToken)
                ?? new Person { Id = personId, CreatedAt = time.GetUtcNow() };
            if (person.OptedOut)
            {
                return;
            }

            person.OptedOut = true;
            try
            {
                await market.CommitAsync(new ChangeSet().Put(person), cancellationToken);
                Log.OptedOutByProvider(logger, PhoneAddress.Mask(personId));
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxTries)
            {
                // Someone changed the person meanwhile: read again and retry.
            }
        }
    }
}
