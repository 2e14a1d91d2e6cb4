namespace Lscp.Http.Results;

/// <summary>Makes <see cref="ContractOk{T}"/> answers.</summary>
public static class ContractResults
{
    /// <summary>A 200 with <paramref name="value"/>, written in the contract's JSON.</summary>
    public static ContractOk<T> Ok<T>(T value) => new(value);
}
