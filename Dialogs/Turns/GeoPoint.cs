namespace SoukPlay.Dialogs.Turns;

/// <summary>A shared location.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);
