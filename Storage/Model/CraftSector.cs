namespace SoukPlay.Storage.Model;

/// <summary>The twelve craft sectors of the catalogue, in menu order.</summary>
public enum CraftSector
{
    Pottery,
    Zellige,
    Carpets,
    Weaving,
    Leather,
    Wood,
    Metal,
    Jewellery,
    Embroidery,
    Basketry,
    Clothing,
    StoneCarving,
}
