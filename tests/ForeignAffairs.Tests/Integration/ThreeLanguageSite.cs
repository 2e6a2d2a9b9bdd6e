using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The fixture <c>three-languages</c> (en, ja, ko under https://example.org/invest/), built once for the read-only
/// tests.
/// </summary>
public sealed class ThreeLanguageSite : IDisposable
{
    public static readonly Uri BaseUrl = new("https://example.org/invest/");

    public ThreeLanguageSite()
    {
        Fixture = FixtureSite.Copy("three-languages");
        Built = Fixture.BuildSuccessfully();
    }

    internal FixtureSite Fixture { get; }

    public BuiltSite Built { get; }

    public void Dispose() => Fixture.Dispose();
}
