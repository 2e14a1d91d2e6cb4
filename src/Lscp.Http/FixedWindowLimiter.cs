using System.Threading.RateLimiting;
using NodaTime;

namespace Lscp.Http;

/// <summary>
/// A fixed window of <c>permits</c> requests that opens with a client's first request and lasts <c>window</c>; over it,
/// a refusal that says when the window ends (<see cref="MetadataName.RetryAfter"/>), so <c>Retry-After</c> is the real
/// time left. Hand-written because the BCL's <see cref="FixedWindowRateLimiter"/> reports a whole window as the time to
/// wait, however much of it is left. Read from the service's <see cref="IClock"/>, so tests move time on.
/// </summary>
internal sealed class FixedWindowLimiter(int permits, Duration window, IClock clock) : RateLimiter
{
    private static readonly RateLimitLease Granted = new Lease(true, null);
    private readonly Lock _gate = new();
    private Instant _ends = Instant.MinValue;
    private int _used;
    private long _refused;
    private long _granted;

    public override TimeSpan? IdleDuration
    {
        get
        {
            var now = clock.GetCurrentInstant();
            lock (_gate)
            {
                // Idle once the window is over: every permit is free again. The partitioned limiter drops idle limiters.
                return now >= _ends ? (now - _ends).ToTimeSpan() : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = clock.GetCurrentInstant() >= _ends ? permits : permits - _used,
                CurrentQueuedCount = 0,
                TotalFailedLeases = _refused,
                TotalSuccessfulLeases = _granted,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        var now = clock.GetCurrentInstant();
        lock (_gate)
        {
            if (now >= _ends)
            {
                _ends = now + window;
                _used = 0;
            }

            if (permitCount == 0 ? _used < permits : _used + permitCount <= permits)
            {
                _used += permitCount;
                _granted++;
                return Granted;
            }

            _refused++;
            return new Lease(false, (_ends - now).ToTimeSpan());
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
