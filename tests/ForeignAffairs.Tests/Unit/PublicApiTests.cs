using System.Reflection;
using System.Runtime.CompilerServices;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// The library's public API is what <c>PublicApi.txt</c> lists, and nothing more: a type or member made public, or
/// changed, fails here until the listing is updated on purpose (<c>FA_UPDATE_EXPECTED=1 dotnet test</c>, then review
/// the diff); the listing writes types as their declarations do, with ? where a reference may be null. No public
/// signature names a type of the parsers and template engine it is built on.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly Assembly Library = typeof(SiteBuilder).Assembly;
    private static readonly string ListingFile =
        Path.Combine(RepositoryRoot.Path, "tests", "ForeignAffairs.Tests", "PublicApi.txt");

    private static readonly NullabilityInfoContext Nullability = new();

    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static
            | BindingFlags.DeclaredOnly;

    [Fact]
    public void The_public_api_is_the_checked_in_listing()
    {
        var types = Library.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal);
        var listing = string.Join('\n', types.SelectMany(Describe)) + "\n";
        if (Environment.GetEnvironmentVariable("FA_UPDATE_EXPECTED") == "1") File.WriteAllText(ListingFile, listing);

        Assert.Equal(File.ReadAllText(ListingFile).ReplaceLineEndings("\n"), listing);
    }

    [Fact]
    public void No_public_signature_names_a_type_of_another_library()
    {
        var foreign = Library.GetExportedTypes()
            .SelectMany(t => Visible(t).SelectMany(SignatureTypes).Concat(Inherited(t).SelectMany(Expand))
                .Select(s => (Type: t, Used: s)))
            .Where(p => p.Used.Assembly != Library && p.Used.Assembly != typeof(object).Assembly
                && !(p.Used.Assembly.GetName().Name ?? "").StartsWith("System.", StringComparison.Ordinal))
            .Select(p => $"{p.Type.FullName} uses {p.Used.FullName}")
            .Distinct();

        Assert.Empty(foreign);
    }

    private static IEnumerable<string> Describe(Type type)
    {
        yield return $"{Kind(type)} {Name(type)}{Bases(type)}";
        foreach (var member in Visible(type).Select(Signature).Order(StringComparer.Ordinal))
            yield return $"  {member}";
    }

    // What another assembly can see and use: public and protected members, without property accessors (the properties
    // are listed) and without what the compiler writes for every record (equality, printing, copying).
    private static IEnumerable<MemberInfo> Visible(Type type) => type.GetMembers(Declared).Where(m => m switch
    {
        ConstructorInfo constructor => IsVisible(constructor),
        MethodInfo method => IsVisible(method)
            && (!method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal))
            && method.GetCustomAttribute<CompilerGeneratedAttribute>() is null,
        PropertyInfo property => property.GetAccessors(true).Any(IsVisible) && property.Name != "EqualityContract",
        FieldInfo field => (field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly) && !field.IsSpecialName,
        EventInfo e => e.AddMethod is { } add && IsVisible(add),
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily || nested.IsNestedFamORAssem,
        _ => false,
    });

    private static bool IsVisible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static string Signature(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"{(c.IsStatic ? "static " : "")}.ctor({Parameters(c)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : "")}{Name(Nullability.Create(m.ReturnParameter))} " +
            $"{m.Name}({Parameters(m)})",
        PropertyInfo p => $"{(p.GetAccessors(true)[0].IsStatic ? "static " : "")}{Name(Nullability.Create(p))} " +
            $"{p.Name} {{ {Accessors(p)}}}",
        FieldInfo { IsLiteral: true } f => $"const {Name(f.FieldType)} {f.Name} = {f.GetRawConstantValue()}",
        FieldInfo f => $"{(f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}" +
            $"{Name(Nullability.Create(f))} {f.Name}",
        EventInfo e => $"event {Name(Nullability.Create(e))} {e.Name}",
        Type t => $"nested {Kind(t)} {t.Name}",
        _ => member.ToString() ?? "",
    };

    private static string Accessors(PropertyInfo property)
    {
        var getter = property.GetMethod is { } get && IsVisible(get) ? "get; " : "";
        var setter = property.SetMethod is { } set && IsVisible(set)
            ? set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) ? "init; " : "set; "
            : "";
        return getter + setter;
    }

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters()
        .Select(p =>
            $"{Name(Nullability.Create(p), input: !p.IsOut)} {p.Name}"
            + (p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")));

    private static string Kind(Type type) => type switch
    {
        { IsEnum: true } => "enum",
        { IsInterface: true } => "interface",
        { IsValueType: true } => "struct",
        { IsAbstract: true, IsSealed: true } => "static class",
        _ when type.GetMethod("<Clone>$") is not null => type.IsSealed ? "sealed record" : "record",
        { IsSealed: true } => "sealed class",
        { IsAbstract: true } => "abstract class",
        _ => "class",
    };

    private static string Bases(Type type)
    {
        var bases = new[] { type.BaseType }
            .Where(b => b is not null && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
            .Concat(type.IsEnum ? [] : type.GetInterfaces()
                .Where(i => !i.Name.StartsWith("IEquatable", StringComparison.Ordinal)))
            .Select(b => Name(b!)).ToArray();
        return bases.Length == 0 ? "" : " : " + string.Join(", ", bases);
    }

    // A type as its declaration writes it, with ? on each reference type that may be null.
    private static string Name(NullabilityInfo info) => Name(info, input: false);

    // An input (a parameter) may be null as far as a caller can write it; anything else, as far as it can be read.
    private static string Name(NullabilityInfo info, bool input)
    {
        var type = info.Type;
        var name = type switch
        {
            { IsArray: true } => Name(info.ElementType!) + "[]",
            { IsGenericType: true } when Nullable.GetUnderlyingType(type) is null =>
                $"{GenericName(type)}<{string.Join(", ", info.GenericTypeArguments.Select(Name))}>",
            _ => Name(type),
        };
        var state = input ? info.WriteState : info.ReadState;
        return !type.IsValueType && state == NullabilityState.Nullable ? name + "?" : name;
    }

    private static string GenericName(Type type)
    {
        var name = type.GetGenericTypeDefinition().FullName!;
        return name[..name.IndexOf('`')];
    }

    private static string Name(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) return Name(underlying) + "?";
        if (type.IsByRef) return Name(type.GetElementType()!) + "&";
        if (type.IsArray) return Name(type.GetElementType()!) + "[]";
        if (!type.IsGenericType) return type.FullName ?? type.Name;
        return $"{GenericName(type)}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => (member switch
    {
        MethodBase m => m.GetParameters().Select(p => p.ParameterType)
            .Concat(m is MethodInfo mi ? [mi.ReturnType] : []),
        PropertyInfo p => [p.PropertyType],
        FieldInfo f => [f.FieldType],
        EventInfo e => [e.EventHandlerType!],
        Type t => [t],
        _ => [],
    }).SelectMany(Expand);

    // What a public type derives from and implements is part of its signature too.
    private static IEnumerable<Type> Inherited(Type type) =>
        new[] { type.BaseType }.OfType<Type>().Concat(type.GetInterfaces());

    private static IEnumerable<Type> Expand(Type type) =>
        type.HasElementType ? Expand(type.GetElementType()!)
        : type.IsGenericType ? type.GetGenericArguments().SelectMany(Expand).Prepend(type.GetGenericTypeDefinition())
        : [type];
}
