using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Xml;

namespace WfTeams.Core.Processes;

/// <summary>
/// The template JSON format (schema: <c>schema/process-template.schema.json</c>). Reading checks the
/// whole document against the model's own metadata first, so every structural error is reported at
/// once with its path, instead of the serializer's first one.
/// </summary>
public static class TemplateJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);

    private static readonly JsonSerializerOptions Compact = CreateOptions(indented: false);

    private static readonly byte[] Utf8ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    public static string Serialize(ProcessTemplate template) => JsonSerializer.Serialize(template, Options);

    public static byte[] SerializeToUtf8Bytes(ProcessTemplate template, bool indented = true) =>
        JsonSerializer.SerializeToUtf8Bytes(template, indented ? Options : Compact);

    /// <summary>Parses and checks the structure. Semantic rules are <see cref="TemplateValidator"/>'s.</summary>
    public static (ProcessTemplate? Template, IReadOnlyList<TemplateError> Errors) Parse(ReadOnlyMemory<byte> utf8)
    {
        if (utf8.Span.StartsWith(Utf8ByteOrderMark))
        {
            // Editors on Windows save UTF-8 with a byte order mark; JSON readers do not expect it.
            utf8 = utf8[Utf8ByteOrderMark.Length..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return (null, [new TemplateError("$", "JsonSyntax", (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1)]);
        }

        using (document)
        {
            var errors = new List<TemplateError>();
            CheckValue(document.RootElement, typeof(ProcessTemplate), "$", maxLength: null, errors);
            if (errors.Count > 0)
            {
                return (null, errors);
            }

            return (document.RootElement.Deserialize<ProcessTemplate>(Options), errors);
        }
    }

    /// <summary>
    /// The checks <see cref="Parse"/> makes on a file's text (lengths, list sizes, characters, required values),
    /// made on a template built in memory (an import), with the same paths and messages: what its JSON would fail.
    /// </summary>
    public static IReadOnlyList<TemplateError> CheckObjects(ProcessTemplate template)
    {
        var errors = new List<TemplateError>();
        CheckObjectValue(template, typeof(ProcessTemplate), "$", maxLength: null, errors);
        return errors;
    }

    private static void CheckObjectValue(object value, Type type, string path, int? maxLength, List<TemplateError> errors)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        switch (value)
        {
            case string text when HasBrokenSurrogate(text):
                errors.Add(new TemplateError(path, "BrokenSurrogate"));
                break;
            case string text:
                CheckText(text, path, maxLength, errors);
                break;
            case Enum when !Enum.IsDefined(type, value):
                errors.Add(new TemplateError(path, "WrongType", Kind("KindString"), Kind("KindNumber"))); // written as its number
                break;
            case int or bool or DateOnly or Enum:
                break;
            case ICollection list when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>):
                if (maxLength is { } max && list.Count > max)
                {
                    errors.Add(new TemplateError(path, "TooMany", list.Count, max));
                    return;
                }

                var itemType = type.GetGenericArguments()[0];
                var index = 0;
                foreach (var item in list)
                {
                    var itemPath = $"{path}[{index++}]";
                    if (item is null)
                    {
                        errors.Add(new TemplateError(itemPath, "WrongType", Kind(KindOf(itemType)), Kind("KindNull")));
                        continue;
                    }

                    CheckObjectValue(item, itemType, itemPath, itemType == typeof(string) ? TemplateLimits.ShortText : null, errors);
                }

                break;
            default:
                var typeInfo = Options.GetTypeInfo(type);
                var properties = Properties(typeInfo);
                for (var i = 0; i < properties.Length; i++)
                {
                    var property = properties[i];
                    var member = typeInfo.Properties[i].Get!(value);
                    var memberPath = $"{path}.{property.Name}";
                    if (member is null)
                    {
                        // Written only when required; a null the type does not allow is then wrong.
                        if (property.Required && !property.Nullable)
                        {
                            errors.Add(new TemplateError(memberPath, "WrongType", Kind(KindOf(property.Type)), Kind("KindNull")));
                        }

                        continue;
                    }

                    CheckObjectValue(member, property.Type, memberPath, property.MaxLength, errors);
                }

                break;
        }
    }

    /// <summary>The kind the JSON format expects for a type (what <see cref="CheckValue"/> names in a type error).</summary>
    private static string KindOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || type.IsEnum ? "KindString"
            : type == typeof(int) ? "KindInteger"
            : type == typeof(bool) ? "KindBoolean"
            : type == typeof(DateOnly) ? "KindDate"
            : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? "KindArray"
            : "KindObject";
    }

    private static bool HasBrokenSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            IndentSize = 2,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            NumberHandling = JsonNumberHandling.Strict,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { WriteRequiredOmitEmpty } },
        };
        options.MakeReadOnly();
        return options;
    }

    private static void WriteRequiredOmitEmpty(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            // A required value is always written, even when it is its type's default
            // ("direction": "upstream", "type": "text"), so an export reads back.
            if (property.IsRequired)
            {
                property.ShouldSerialize = static (_, _) => true;
            }
            else if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is ICollection { Count: > 0 };
            }
        }
    }

    private static void CheckValue(JsonElement value, Type type, string path, int? maxLength, List<TemplateError> errors)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            if (value.ValueKind == JsonValueKind.Null)
            {
                return;
            }

            type = underlying;
        }

        if (type == typeof(string))
        {
            if (Expect(value, JsonValueKind.String, "KindString", path, errors) && Text(value, path, errors) is { } text)
            {
                CheckText(text, path, maxLength, errors);
            }
        }
        else if (type == typeof(int))
        {
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out _))
            {
                errors.Add(new TemplateError(path, "WrongType", Kind("KindInteger"), Describe(value)));
            }
        }
        else if (type == typeof(bool))
        {
            if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                errors.Add(new TemplateError(path, "WrongType", Kind("KindBoolean"), Describe(value)));
            }
        }
        else if (type == typeof(DateOnly))
        {
            if (Expect(value, JsonValueKind.String, "KindDate", path, errors)
                && Text(value, path, errors) is { } date
                && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors.Add(new TemplateError(path, "DateFormat", value.GetString()));
            }
        }
        else if (type.IsEnum)
        {
            var names = EnumNames(type);
            if (Expect(value, JsonValueKind.String, "KindString", path, errors) && Text(value, path, errors) is { } name && !names.Contains(name))
            {
                errors.Add(new TemplateError(path, "EnumValue", value.GetString(), string.Join(", ", names)));
            }
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            if (!Expect(value, JsonValueKind.Array, "KindArray", path, errors))
            {
                return;
            }

            var count = value.GetArrayLength();
            if (maxLength is { } max && count > max)
            {
                errors.Add(new TemplateError(path, "TooMany", count, max));
                return;
            }

            var itemType = type.GetGenericArguments()[0];
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                CheckValue(item, itemType, $"{path}[{index++}]", itemType == typeof(string) ? TemplateLimits.ShortText : null, errors);
            }
        }
        else
        {
            CheckObject(value, Options.GetTypeInfo(type), path, errors);
        }
    }

    private static void CheckObject(JsonElement value, JsonTypeInfo typeInfo, string path, List<TemplateError> errors)
    {
        if (!Expect(value, JsonValueKind.Object, "KindObject", path, errors))
        {
            return;
        }

        var properties = Properties(typeInfo);
        var seen = 0UL;
        foreach (var member in value.EnumerateObject())
        {
            var memberPath = $"{path}.{member.Name}";
            var index = Array.FindIndex(properties, p => member.NameEquals(p.Name));
            if (index < 0)
            {
                var guess = Closest(member.Name, properties.Select(p => p.Name));
                errors.Add(guess is null
                    ? new TemplateError(memberPath, "UnknownProperty", member.Name)
                    : new TemplateError(memberPath, "UnknownPropertyDidYouMean", member.Name, guess));
                continue;
            }

            var property = properties[index];
            seen |= 1UL << index;
            if (member.Value.ValueKind == JsonValueKind.Null && property.Nullable)
            {
                continue;
            }

            CheckValue(member.Value, property.Type, memberPath, property.MaxLength, errors);
        }

        for (var i = 0; i < properties.Length; i++)
        {
            if (properties[i].Required && (seen & (1UL << i)) == 0)
            {
                errors.Add(new TemplateError($"{path}.{properties[i].Name}", "Required"));
            }
        }
    }

    private sealed record PropertyRule(string Name, Type Type, bool Required, bool Nullable, int? MaxLength);

    private static readonly ConcurrentDictionary<Type, PropertyRule[]> Rules = new();

    /// <summary>The serializer's own view of a type's properties, with their size limits; read once per type.</summary>
    private static PropertyRule[] Properties(JsonTypeInfo typeInfo) => Rules.GetOrAdd(typeInfo.Type, _ =>
    {
        var rules = typeInfo.Properties.Select(p => new PropertyRule(
            p.Name,
            p.PropertyType,
            p.IsRequired,
            p.IsSetNullable,
            p.AttributeProvider?.GetCustomAttributes(typeof(MaxLengthAttribute), inherit: true).OfType<MaxLengthAttribute>().FirstOrDefault()?.Length)).ToArray();
        return rules.Length <= 64 ? rules : throw new InvalidOperationException($"{typeInfo.Type.Name} has more than 64 properties.");
    });

    /// <summary>The string, or null with an error when an escape leaves half a surrogate pair.</summary>
    private static string? Text(JsonElement value, string path, List<TemplateError> errors)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            errors.Add(new TemplateError(path, "BrokenSurrogate"));
            return null;
        }
    }

    private static void CheckText(string text, string path, int? maxLength, List<TemplateError> errors)
    {
        if (maxLength is { } max && text.Length > max)
        {
            errors.Add(new TemplateError(path, "TooLong", text.Length, max));
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            var allowedControl = c is '\t' or '\n' or '\r';
            if ((!allowedControl && char.IsControl(c)) || !XmlConvert.IsXmlChar(c))
            {
                errors.Add(new TemplateError(path, "IllegalCharacter", ((int)c).ToString("X4", CultureInfo.InvariantCulture), i + 1));
                return;
            }
        }
    }

    private static bool Expect(JsonElement value, JsonValueKind kind, string kindKey, string path, List<TemplateError> errors)
    {
        if (value.ValueKind == kind)
        {
            return true;
        }

        errors.Add(new TemplateError(path, "WrongType", Kind(kindKey), Describe(value)));
        return false;
    }

    private static KindName Kind(string key) => new(key);

    private static KindName Describe(JsonElement value) => new(value.ValueKind switch
    {
        JsonValueKind.String => "KindString",
        JsonValueKind.Number => "KindNumber",
        JsonValueKind.True or JsonValueKind.False => "KindBoolean",
        JsonValueKind.Array => "KindArray",
        JsonValueKind.Object => "KindObject",
        _ => "KindNull",
    });

    /// <summary>An enum value as the JSON format writes it, e.g. <c>released</c>.</summary>
    public static string JsonName<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames(typeof(TEnum))[Array.IndexOf(Enum.GetValues<TEnum>(), value)];

    public static IReadOnlyList<string> EnumNames(Type enumType) => EnumNameCache.GetOrAdd(enumType, static type =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name)
            .ToArray());

    private static readonly ConcurrentDictionary<Type, string[]> EnumNameCache = new();

    private static string? Closest(string name, IEnumerable<string> candidates) =>
        candidates.Select(c => (c, d: Distance(name.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(x => x.d <= Math.Max(2, name.Length / 3))
            .OrderBy(x => x.d)
            .Select(x => x.c)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
