using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SoukPlay.Dialogs.Language.Translation;

namespace SoukPlay.Bot.Tests.Translation;

public sealed class TranslationServiceCollectionExtensionsTests
{
    [Fact]
    public void AddTranslation_NoSetting_UsesGlossary()
    {
        using var services = TranslationHost.Build([]);

        services.GetRequiredService<ITranslator>().Should().BeOfType<GlossaryTranslator>();
    }

    [Fact]
    public void AddTranslation_UnknownProvider_FailsAtStart()
    {
        using var services = TranslationHost.Build(new() { ["Translation:Provider"] = "deepl" });

        var start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>().WithMessage("*Translation:Provider*deepl*");
    }

    [Fact]
    public void AddTranslation_LlmWithoutModel_FailsAtStartNamingTheSetting()
    {
        using var services = TranslationHost.Build(new()
        {
            ["Translation:Provider"] = "llm",
            ["Translation:Llm:Endpoint"] = "http://127.0.0.1:1/v1",
        });

        var start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>().WithMessage("*Translation:Llm:Model*");
    }

    [Fact]
    public void AddTranslation_Azure_WrapsProviderInResilientCachingTranslator()
    {
        using var services = TranslationHost.Build(new()
        {
            ["Translation:Provider"] = "azure",
            ["Translation:Azure:Key"] = "k",
            ["Translation:Azure:Region"] = "westeurope",
            ["Translation:Azure:Endpoint"] = "http://127.0.0.1:1",
        });

        var translator = services.GetRequiredService<ITranslator>();

        translator.Should().BeOfType<ResilientTranslator>();
        translator.Name.Should().Be("azure");
    }
}
