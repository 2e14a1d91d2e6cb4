namespace Lscp.Tests.Support;

/// <summary>
/// Checks value equality the way NodaTime's TestHelper does: <c>Equals(T)</c>, <c>Equals(object)</c>, the operators and the
/// hash code agree, for a value, a distinct but equal value, and values that must differ.
/// </summary>
internal static class EqualityAssert
{
    public static void ValueEquality<T>(T value, T equalValue, params T[] unequalValues)
        where T : IEquatable<T>
    {
        Assert.NotNull(value);
        Assert.NotNull(equalValue);
        Assert.NotEmpty(unequalValues);
        if (!typeof(T).IsValueType)
        {
            Assert.False(ReferenceEquals(value, equalValue), $"{typeof(T).Name}: the equal value must be a separate instance, or the test proves nothing.");
        }

        var equality = typeof(T).GetMethod("op_Equality", [typeof(T), typeof(T)]);
        var inequality = typeof(T).GetMethod("op_Inequality", [typeof(T), typeof(T)]);
        Assert.True(equality is not null && inequality is not null, $"{typeof(T).Name} has no == and != operators.");
        bool Same(T left, T right) => (bool)equality.Invoke(null, [left, right])!;
        bool Different(T left, T right) => (bool)inequality.Invoke(null, [left, right])!;

        Assert.True(value.Equals(value), $"{typeof(T).Name}: not equal to itself.");
        Assert.True(value.Equals(equalValue), $"{typeof(T).Name}: Equals(T) is false for equal values.");
        Assert.True(equalValue.Equals(value), $"{typeof(T).Name}: Equals(T) is not symmetric.");
        Assert.True(value.Equals((object)equalValue), $"{typeof(T).Name}: Equals(object) is false for equal values.");
        Assert.True(Same(value, equalValue), $"{typeof(T).Name}: == is false for equal values.");
        Assert.False(Different(value, equalValue), $"{typeof(T).Name}: != is true for equal values.");
        Assert.Equal(value.GetHashCode(), equalValue.GetHashCode());
        Assert.False(value.Equals((object?)null), $"{typeof(T).Name}: equal to null.");
        Assert.False(value.Equals(new object()), $"{typeof(T).Name}: equal to an object of another type.");

        foreach (var unequal in unequalValues)
        {
            Assert.False(value.Equals(unequal), $"{typeof(T).Name}: Equals(T) is true for {unequal}.");
            Assert.False(unequal.Equals(value), $"{typeof(T).Name}: Equals(T) is not symmetric for {unequal}.");
            Assert.False(value.Equals((object)unequal), $"{typeof(T).Name}: Equals(object) is true for {unequal}.");
            Assert.False(Same(value, unequal), $"{typeof(T).Name}: == is true for {unequal}.");
            Assert.True(Different(value, unequal), $"{typeof(T).Name}: != is false for {unequal}.");
        }
    }
}

/// <summary>One type's equality case: a value, a separate equal value, and values that must differ.</summary>
internal interface IEqualityCase
{
    Type Type { get; }

    void Verify();
}

/// <inheritdoc cref="IEqualityCase"/>
internal sealed class EqualityCase<T>(T value, T equalValue, params T[] unequalValues) : IEqualityCase
    where T : IEquatable<T>
{
    public Type Type => typeof(T);

    public void Verify() => EqualityAssert.ValueEquality(value, equalValue, unequalValues);
}
