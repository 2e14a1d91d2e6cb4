namespace Lscp.Adapters;

/// <summary>
/// The JSON path of a document's element (<c>$.records.meetings[3].date</c>), kept as its parts (the path of the list or
/// object it is in, an index, a field name) and written out only when an error names it: reading a valid document
/// formats no path. A string converts to one; <see cref="Item"/> and <see cref="Field"/> step down; <see cref="ToString"/>
/// writes it. Two paths are equal when their parts are.
/// </summary>
public readonly record struct DocumentPath
{
    private readonly string? _prefix;

    /// <summary>The index plus one; 0 for none, so that the default path is the root, <c>$</c>.</summary>
    private readonly int _item;
    private readonly string? _field;

    /// <summary>The path written out in full, such as <c>$.records</c>.</summary>
    public DocumentPath(string path)
        : this(Guard.Against.Null(path), 0, null)
    {
    }

    private DocumentPath(string prefix, int item, string? field)
    {
        _prefix = prefix;
        _item = item;
        _field = field;
    }

    /// <summary>A path written out in full.</summary>
    public static implicit operator DocumentPath(string path) => new(path);

    /// <summary>The path written out in full (the same as <see cref="ToString"/>).</summary>
    public static DocumentPath FromString(string path) => new(path);

    /// <summary>The item at <paramref name="index"/> of the list this path names: <c>path[index]</c>.</summary>
    public DocumentPath Item(int index) => _item == 0 && _field is null ? new(Prefix, index + 1, null) : new(ToString(), index + 1, null);

    /// <summary>The member <paramref name="name"/> of the object this path names: <c>path.name</c>.</summary>
    public DocumentPath Field(string name) => _field is null ? new(Prefix, _item, name) : new(ToString(), 0, name);

    /// <summary>
    /// The same path with its text written once, so that its items (<see cref="Item"/>) need no text of their own: a list
    /// under an item (<c>meetings[3].attendance</c>) is written once, not once per element.
    /// </summary>
    internal DocumentPath Written() => _item == 0 && _field is null ? this : new(ToString(), 0, null);

    /// <summary>The path as JSONPath text, such as <c>$.records.meetings[3].date</c>.</summary>
    public override string ToString() => (_item, _field) switch
    {
        (0, null) => Prefix,
        (0, { } field) => string.Concat(Prefix, ".", field),
        (var item, null) => $"{Prefix}[{item - 1}]",
        (var item, { } field) => $"{Prefix}[{item - 1}].{field}",
    };

    private string Prefix => _prefix ?? "$";
}
