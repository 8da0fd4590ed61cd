using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SoukPlay.Tests.Support;

/// <summary>
/// A real PostgreSQL server for the tests: the one named by <c>SOUKPLAY_TEST_POSTGRES</c> (a
/// connection string whose user may create databases), or else a throwaway cluster that this class
/// creates with the installed server's <c>initdb</c> and starts on a free loopback port, once per
/// test run, and stops when the test process exits. Each test gets a database of its own.
/// </summary>
/// <remarks>
/// Without either, <see cref="UnavailableReason"/> says what to install and the tests skip; CI
/// (<c>.ci/run</c>) installs Debian's <c>postgresql</c> and fails on any skipped test. As root the
/// cluster runs as the <c>postgres</c> user, because PostgreSQL refuses to run as root.
/// </remarks>
public sealed class PostgreSqlServer
{
    public const string EnvironmentVariable = "SOUKPLAY_TEST_POSTGRES";

    private static readonly Lazy<PostgreSqlServer> Shared = new(Start);

    private PostgreSqlServer(string? adminConnectionString, string? unavailableReason)
    {
        AdminConnectionString = adminConnectionString;
        UnavailableReason = unavailableReason;
    }

    /// <summary>The server of this test run, started on first use.</summary>
    public static PostgreSqlServer Instance => Shared.Value;

    /// <summary>Why no server could be had, or null when there is one.</summary>
    public string? UnavailableReason { get; }

    public string? AdminConnectionString { get; }

    /// <summary>Creates an empty database; disposing the result drops it.</summary>
    public TestDatabase CreateDatabase()
    {
        var admin = AdminConnectionString
            ?? throw new InvalidOperationException($"No PostgreSQL server: {UnavailableReason}");
        var name = "soukplay_test_" + Guid.NewGuid().ToString("N");
        Execute(admin, $"CREATE DATABASE {name}");

        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new TestDatabase(connectionString, () =>
        {
            NpgsqlConnection.ClearAllPools();
            Execute(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    private static PostgreSqlServer Start()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
        {
            return new PostgreSqlServer(given, null);
        }

        if (FindServerBinaries() is not { } bin)
        {
            return new PostgreSqlServer(
                null,
                "no PostgreSQL server: install Debian's postgresql package (apt-get install -y postgresql) "
                    + $"or set {EnvironmentVariable} to a connection string that may create databases");
        }

        var cluster = ThrowawayCluster.Start(bin);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return new PostgreSqlServer(cluster.ConnectionString, null);
    }

    private static string? FindServerBinaries()
    {
        const string Installed = "/usr/lib/postgresql";
        if (!Directory.Exists(Installed))
        {
            return null;
        }

        return Directory.GetDirectories(Installed)
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "pg_ctl")) && File.Exists(Path.Combine(bin, "initdb")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>A cluster in a temporary folder, trusted on loopback only, owned by this test run.</summary>
    private sealed class ThrowawayCluster
    {
        private const string User = "soukplay";

        private readonly string _bin;
        private readonly string _folder;
        private readonly string _data;
        private readonly bool _asPostgresUser;

        private ThrowawayCluster(string bin, string folder, bool asPostgresUser)
        {
            _bin = bin;
            _folder = folder;
            _data = Path.Combine(folder, "data");
            _asPostgresUser = asPostgresUser;
        }

        public string ConnectionString { get; private set; } = "";

        public static ThrowawayCluster Start(string bin)
        {
            RemoveStoppedClusters();
            var folder = Directory.CreateTempSubdirectory("soukplay-pg-").FullName;
            var cluster = new ThrowawayCluster(bin, folder, Environment.UserName == "root");
            cluster.Initialize();
            return cluster;
        }

        public void Stop()
        {
            Run("pg_ctl", "-D", _data, "-m", "immediate", "-w", "stop");
            Directory.Delete(_folder, recursive: true);
        }

        private void Initialize()
        {
            Directory.CreateDirectory(_data);
            if (_asPostgresUser && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(_folder, (UnixFileMode)0b111_101_101);
                Run("/bin/chown", "postgres", _data);
            }

            Run("initdb", "-D", _data, "-U", User, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8");

            var port = FreePort();
            var settings = $"-c listen_addresses=127.0.0.1 -p {port} -k {_data} -c fsync=off";
            Run("pg_ctl", "-D", _data, "-l", Path.Combine(_data, "server.log"), "-o", settings, "-w", "start");

            ConnectionString = new NpgsqlConnectionStringBuilder
            {
                Host = "127.0.0.1",
                Port = port,
                Username = User,
                Database = "postgres",
            }.ConnectionString;
        }

        private void Run(string program, params string[] arguments)
        {
            var path = program.StartsWith('/') ? program : Path.Combine(_bin, program);
            var start = _asPostgresUser && !program.StartsWith('/')
                ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", path, .. arguments])
                : new ProcessStartInfo(path, arguments);
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"{program} exited with {process.ExitCode}: {errors}{output.Result}");
            }
        }

        /// <summary>
        /// Removes what earlier runs left: the test host may end before its exit handler has
        /// deleted the folder. A cluster still running (it has a postmaster.pid) or made in the last
        /// hour (another test project of this run may be starting it) is left alone.
        /// </summary>
        private static void RemoveStoppedClusters()
        {
            var anHourAgo = DateTime.UtcNow.AddHours(-1);
            foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "soukplay-pg-*"))
            {
                if (Directory.GetCreationTimeUtc(folder) < anHourAgo
                    && !File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
                {
                    try
                    {
                        Directory.Delete(folder, recursive: true);
                    }
                    catch (IOException)
                    {
                        // Another run's folder in use: it removes it itself.
                    }
                }
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
