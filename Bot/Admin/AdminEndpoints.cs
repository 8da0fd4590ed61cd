using Microsoft.Extensions.Options;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Admin;

/// <summary>
/// Campaign and project administration, JSON in and out, for callers presenting the key of
/// <see cref="AdminOptions.ApiKey"/> in <c>X-Admin-Key</c> (401 otherwise; 404 for everything when
/// no key is configured): <c>POST /admin/campaigns</c>, <c>POST /admin/campaigns/{id}/close</c>,
/// <c>GET /admin/projects?status=pending</c>, <c>POST /admin/projects/{id}/approve|reject</c>.
/// The messages they cause (winners, decisions) are written to the outbox in the same commit.
/// </summary>
public static class AdminEndpoints
{
    public const string Path = "/admin";

    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName));
        return services;
    }

    public static WebApplication MapAdmin(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        if (!app.Services.GetRequiredService<IOptions<AdminOptions>>().Value.IsEnabled)
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdminEndpoints));
            app.Lifetime.ApplicationStarted.Register(() => Log.AdminOff(logger));
        }

        var group = app.MapGroup(Path).AddEndpointFilter(RequireKeyAsync);
        group.MapPost("/campaigns", OpenAsync);
        group.MapPost("/campaigns/{id}/close", CloseAsync);
        group.MapGet("/projects", ListProjectsAsync);
        group.MapPost("/projects/{id}/approve", (string id, CampaignService campaigns, IMarketStore store,
            ILoggerFactory logs, CancellationToken ct) => DecideAsync(id, true, campaigns, store, logs, ct));
        group.MapPost("/projects/{id}/reject", (string id, CampaignService campaigns, IMarketStore store,
            ILoggerFactory logs, CancellationToken ct) => DecideAsync(id, false, campaigns, store, logs, ct));
        return app;
    }

    private static async ValueTask<object?> RequireKeyAsync(
        EndpointFilterInvocationContext context,
        EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value;
        if (!options.IsEnabled)
        {
            return Results.NotFound();
        }

        if (!AdminKey.Matches(http.Request.Headers[AdminKey.HeaderName], options.ApiKey!))
        {
            Log.Refused(Logger(http.RequestServices.GetRequiredService<ILoggerFactory>()), http.Request.Path);
            return Results.Unauthorized();
        }

        return await next(context);
    }

    private static async Task<IResult> OpenAsync(
        OpenCampaignBody body,
        CampaignService campaigns,
        IMarketStore store,
        ILoggerFactory logs,
        CancellationToken ct)
    {
        var request = new OpenCampaignRequest(body.Title ?? "", body.ProjectsToFund, body.MaxVotesPerMember);
        var changes = new ChangeSet();
        var outcome = await campaigns.OpenAsync(request, changes, ct);
        if (outcome.Result == CommunityResult.Done && !await TryCommitAsync(store, changes, ct))
        {
            return Problem(StatusCodes.Status409Conflict, "A campaign was opened meanwhile.");
        }

        Log.Acted(Logger(logs), "open", outcome.Campaign?.Id ?? "-", outcome.Result.ToString());
        return outcome.Result switch
        {
            CommunityResult.Done => Results.Created(
                $"{Path}/campaigns/{outcome.Campaign!.Id}",
                CampaignView.From(outcome.Campaign)),
            CommunityResult.AlreadyOpen => Problem(StatusCodes.Status409Conflict, "A campaign is already open."),
            _ => Problem(StatusCodes.Status400BadRequest, "Give a title, and numbers of at least 1."),
        };
    }

    private static async Task<IResult> CloseAsync(
        string id,
        CampaignService campaigns,
        IMarketStore store,
        ILoggerFactory logs,
        CancellationToken ct)
    {
        var changes = new ChangeSet();
        var outcome = await campaigns.CloseAsync(id, changes, ct);
        if (outcome.Result == CommunityResult.Done && !await TryCommitAsync(store, changes, ct))
        {
            return Problem(StatusCodes.Status409Conflict, "The campaign changed meanwhile; try again.");
        }

        Log.Acted(Logger(logs), "close", id, outcome.Result.ToString());
        return outcome.Result switch
        {
            CommunityResult.Done => Results.Ok(CampaignView.From(outcome.Campaign!, outcome.Ranking)),
            CommunityResult.AlreadyClosed =>
                Problem(StatusCodes.Status409Conflict, "The campaign is already closed."),
            _ => Results.NotFound(),
        };
    }

    private static async Task<IResult> ListProjectsAsync(
        string? status,
        CampaignService campaigns,
        CancellationToken ct)
    {
        if (!TryParseStatus(status, out var wanted))
        {
            return Problem(StatusCodes.Status400BadRequest, "status is pending, approved or rejected.");
        }

        var campaign = await campaigns.Store.FindOpenCampaignAsync(ct);
        var projects = campaign is null ? [] : await campaigns.Store.ListProjectsAsync(campaign.Id, wanted, ct);
        return Results.Ok(projects.Select(ProjectView.From).ToList());
    }

    private static async Task<IResult> DecideAsync(
        string id,
        bool approve,
        CampaignService campaigns,
        IMarketStore store,
        ILoggerFactory logs,
        CancellationToken ct)
    {
        var changes = new ChangeSet();
        var outcome = await campaigns.DecideAsync(id, approve, changes, ct);
        if (outcome.Result == CommunityResult.Done && !await TryCommitAsync(store, changes, ct))
        {
            return Problem(StatusCodes.Status409Conflict, "The project changed meanwhile; try again.");
        }

        Log.Acted(Logger(logs), approve ? "approve" : "reject", id, outcome.Result.ToString());
        return outcome.Result switch
        {
            CommunityResult.Done => Results.Ok(ProjectView.From(outcome.Project!)),
            CommunityResult.NotPending => Problem(StatusCodes.Status409Conflict, "The project was decided before."),
            _ => Results.NotFound(),
        };
    }

    private static bool TryParseStatus(string? text, out ProjectStatus? status)
    {
        status = text?.ToLowerInvariant() switch
        {
            null or "" => null,
            "pending" => ProjectStatus.PendingApproval,
            "approved" => ProjectStatus.Approved,
            "rejected" => ProjectStatus.Rejected,
            _ => (ProjectStatus)(-1),
        };
        return status is null || Enum.IsDefined(status.Value);
    }

    private static async Task<bool> TryCommitAsync(IMarketStore store, ChangeSet changes, CancellationToken ct)
    {
        try
        {
            await store.CommitAsync(changes, ct);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    private static IResult Problem(int status, string detail) => Results.Problem(detail, statusCode: status);

    private static ILogger Logger(ILoggerFactory logs) => logs.CreateLogger(typeof(AdminEndpoints));
}
