using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Storage;

namespace SoukPlay.Dialogs.Tests.Conversations.Projects;

/// <summary>Registers the community part over the harness's LiteDB file (the one line in TestFlow).</summary>
public static class CommunityTestServices
{
    public static IServiceCollection AddCommunityForTests(this IServiceCollection services, LiteDbTestStore store)
    {
        services.TryAddSingleton<ICommunityStore>(store.Inner);
        services.TryAddSingleton<IOutboxStore>(store.Inner);
        return services.AddCommunity(new ConfigurationBuilder().Build());
    }
}
