using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.PostgreSql;

/// <summary>A typed copy of one entity field: its column name, SQL type and how to read it.</summary>
/// <remarks>
/// Times are kept as UTC ticks (<c>bigint</c>), not <c>timestamptz</c>: PostgreSQL keeps
/// microseconds, .NET ticks are tenths of them, and ordering must not tie where .NET does not.
/// </remarks>
internal sealed record TableColumn(string Name, string SqlType, Func<IEntity, object?> Read);
