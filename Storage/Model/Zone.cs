namespace SoukPlay.Storage.Model;

/// <summary>Where a maker works; the catalogue keeps urban listings at or under 30%.</summary>
public enum Zone
{
    Rural,
    PeriUrban,
    Urban,
}
