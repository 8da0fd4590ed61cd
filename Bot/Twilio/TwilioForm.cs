using Microsoft.AspNetCore.WebUtilities;

namespace SoukPlay.Bot.Twilio;

/// <summary>The fields of a form-encoded Twilio request, decoded but otherwise exactly as received.</summary>
public sealed class TwilioForm
{
    private readonly Dictionary<string, string> _fields;

    private TwilioForm(Dictionary<string, string> fields) => _fields = fields;

    public IReadOnlyDictionary<string, string> Fields => _fields;

    public string? this[string name] => _fields.GetValueOrDefault(name);

    /// <summary>Decodes <paramref name="body"/>; a field given twice is an error (Twilio never does it).</summary>
    public static bool TryParse(string body, out TwilioForm form, out string? error)
    {
        ArgumentNullException.ThrowIfNull(body);

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        form = new TwilioForm(fields);
        error = null;
        foreach (var (name, values) in QueryHelpers.ParseQuery(body))
        {
            if (values.Count != 1)
            {
                error = $"The field {name} appears more than once.";
                return false;
            }

            fields[name] = values[0] ?? "";
        }

        return true;
    }

    /// <summary>Reads the raw request body (before anything trims or rewrites it) and decodes it.</summary>
    public static async Task<(TwilioForm? Form, string? Error)> ReadAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        const string FormContentType = "application/x-www-form-urlencoded";
        if (!request.HasFormContentType
            || !request.ContentType!.StartsWith(FormContentType, StringComparison.OrdinalIgnoreCase))
        {
            return (null, "The content type must be application/x-www-form-urlencoded.");
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        return TryParse(body, out var form, out var error) ? (form, null) : (null, error);
    }
}
