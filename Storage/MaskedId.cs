namespace SoukPlay.Storage;

/// <summary>Shortens ids for logs and messages: a person's id is a full phone number.</summary>
internal static class MaskedId
{
    /// <summary><c>+212612345678</c> becomes <c>+2126****678</c>; ids of 8 characters or fewer stay.</summary>
    public static string Of(string id) =>
        id.Length <= 8 ? id : string.Concat(id.AsSpan(0, 5), "****", id.AsSpan(id.Length - 3));
}
