import AlphaStore
import Synchronization

/// Finds the principal for a bearer secret: hash it, look the hash up, keep active tokens only. Lookups are cached for
/// a short time (`ServerConfiguration.tokenCacheTTL`) because every request authenticates and the `GET` path must not
/// pay a database round trip each time; a revocation made through this server drops the entry at once.
final class TokenAuthenticator: Sendable {
    private struct Cached {
        var principal: Principal?
        var expires: ContinuousClock.Instant
    }

    private let store: any Store
    private let ttl: Duration
    private let cache = Mutex<[String: Cached]>([:])
    /// Bounds the cache so random guesses cannot grow it without limit.
    private let capacity = 10_000

    init(store: any Store, ttl: Duration) {
        self.store = store
        self.ttl = ttl
    }

    /// The principal for `secret`, or nil when it is unknown or revoked.
    func principal(forSecret secret: String) async throws -> Principal? {
        let hash = APITokenSecret.hash(secret)
        let now = ContinuousClock.now
        if let hit = cache.withLock({ $0[hash] }), hit.expires > now {
            return hit.principal
        }
        let token = try await store.token(secretHash: hash)
        let principal = token.flatMap { $0.isActive ? Principal(tenantID: $0.tenantID, tokenID: $0.id, role: $0.role) : nil }
        cache.withLock { cache in
            if cache.count >= capacity { cache.removeAll(keepingCapacity: true) }
            cache[hash] = Cached(principal: principal, expires: now + ttl)
        }
        return principal
    }

    /// Forgets every cached lookup of this token (after a revocation).
    func forget(tokenID: String) {
        cache.withLock { cache in
            cache = cache.filter { $0.value.principal?.tokenID != tokenID }
        }
    }
}
