using System.Collections.Immutable;

namespace Lscp;

/// <summary>
/// The storage a record uses for a list member, so that the record's compiler-written equality compares the items
/// rather than the array reference. <see cref="ImmutableArray{T}"/> compares by reference, which would make two
/// records built from the same inputs unequal. The record exposes <see cref="Items"/> through a property of type
/// <see cref="ImmutableArray{T}"/>, so this type never appears in a public signature.
/// </summary>
/// <typeparam name="T">The item type; its own equality decides the list's.</typeparam>
internal readonly struct ValueArray<T> : IEquatable<ValueArray<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps <paramref name="items"/>; a default array is read as empty.</summary>
    public ValueArray(ImmutableArray<T> items) => _items = items;

    /// <summary>The items, in order; never a default array.</summary>
    public ImmutableArray<T> Items => _items.IsDefault ? [] : _items;

    /// <summary>Wraps <paramref name="items"/>.</summary>
    public static implicit operator ValueArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Equal when both hold equal items in the same order.</summary>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Unequal when the items or their order differ.</summary>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ValueArray<T> other) => Items.AsSpan().SequenceEqual(other.Items.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The same text an <see cref="ImmutableArray{T}"/> member would give in a record's <c>ToString</c>.</summary>
    public override string ToString() => Items.ToString() ?? string.Empty;
}
