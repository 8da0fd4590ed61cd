using System.Net;
using System.Net.Sockets;
using WireMock.Server;
using WireMock.Settings;

namespace SoukPlay.Bot.Tests.Translation;

internal static class LoopbackServer
{
    /// <summary>A WireMock server bound to 127.0.0.1 only, on a free port.</summary>
    public static WireMockServer Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        return WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{port}"] });
    }
}
