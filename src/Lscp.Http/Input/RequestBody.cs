using System.Buffers;

namespace Lscp.Http.Input;

/// <summary>
/// A request body's bytes in an array rented from the shared pool: <see cref="Memory"/> is valid until
/// <see cref="Dispose"/> gives the array back, so a reader must be done with it (a document deserialized, a file's text
/// copied) before then. Default when there is no body.
/// </summary>
internal readonly struct RequestBody(byte[]? rented, int start, int length) : IDisposable
{
    /// <summary>The body (a UTF-8 byte order mark left out).</summary>
    public ReadOnlyMemory<byte> Memory => rented is null ? default : rented.AsMemory(start, length);

    /// <summary>Gives the array back to the pool.</summary>
    public void Dispose()
    {
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
