using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.Tests;

/// <summary>One open instance of an engine, seen only through the store interfaces.</summary>
public sealed class StoreUnderTest : IDisposable
{
    private readonly IDisposable _engine;

    private StoreUnderTest(
        IMarketStore market,
        ICommunityStore community,
        IOutboxStore outbox,
        IInboundLog inbound,
        ITranslationCacheStore translations,
        IProductPhotoLookup productPhotos,
        IProductPhotoStore photoCopies,
        IDisposable engine)
    {
        Market = market;
        Community = community;
        Outbox = outbox;
        Inbound = inbound;
        Translations = translations;
        ProductPhotos = productPhotos;
        PhotoCopies = photoCopies;
        _engine = engine;
    }

    public IMarketStore Market { get; }

    public ICommunityStore Community { get; }

    public IOutboxStore Outbox { get; }

    public IInboundLog Inbound { get; }

    public ITranslationCacheStore Translations { get; }

    public IProductPhotoLookup ProductPhotos { get; }

    public IProductPhotoStore PhotoCopies { get; }

    public static StoreUnderTest Of<TEngine>(TEngine engine)
        where TEngine
            : IMarketStore,
            ICommunityStore,
            IOutboxStore,
            IInboundLog,
            ITranslationCacheStore,
            IProductPhotoLookup,
            IProductPhotoStore,
            IDisposable =>
        new(engine, engine, engine, engine, engine, engine, engine, engine);

    public Task CommitAsync(params IEntity[] entities)
    {
        var changes = new ChangeSet();

        foreach (var entity in entities)
        {
            changes.Put(entity);
        }

        return Market.CommitAsync(changes);
    }

    public void Dispose() => _engine.Dispose();
}
