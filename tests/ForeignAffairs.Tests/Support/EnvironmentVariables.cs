namespace ForeignAffairs.Tests.Support;

/// <summary>
/// Sets an environment variable for the duration of a test; tests that do so share a collection so they never run in
/// parallel.
/// </summary>
public static class EnvironmentVariables
{
    /// <summary>The name of the xunit collection for tests that change environment variables.</summary>
    public const string Collection = "environment variables";

    /// <summary>Sets <paramref name="name"/> until the returned object is disposed.</summary>
    public static IDisposable Set(string name, string? value)
    {
        var previous = Environment.GetEnvironmentVariable(name);
        Environment.SetEnvironmentVariable(name, value);
        return new Restore(() => Environment.SetEnvironmentVariable(name, previous));
    }

    private sealed class Restore(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}

/// <summary>The collection of tests that change environment variables.</summary>
[CollectionDefinition(EnvironmentVariables.Collection, DisableParallelization = true)]
public sealed class EnvironmentVariablesCollection;
