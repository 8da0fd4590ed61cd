using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Market;

/// <summary>
/// What happened to a new product: listed, or waiting for room under the urban share; and which
/// waiting products (of other shops) the listing made room for.
/// </summary>
public sealed record ListingOutcome(
    Product Product,
    ListingDecision Decision,
    double UrbanShareBefore,
    IReadOnlyList<Product> Released);
