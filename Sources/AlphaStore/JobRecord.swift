/// A background job (e.g. "analyze incident X").
public struct JobRecord: Hashable, Sendable, Codable {
    /// The owning tenant.
    public var tenantID: String
    /// Store-generated identifier.
    public var id: String
    /// What to do ("analyze").
    public var kind: String
    /// Arguments for the worker (JSON bytes).
    public var payload: [UInt8]
    /// Current state.
    public var state: JobState
    /// How many times a worker claimed it.
    public var attempts: Int
    /// The worker holding it while running.
    public var claimedBy: String?
    /// When it was last claimed.
    public var claimedAt: StoreTime?
    /// The last failure message.
    public var lastError: String?
    /// When it was enqueued.
    public var createdAt: StoreTime
    /// When its state last changed.
    public var updatedAt: StoreTime

    /// A job record.
    public init(
        tenantID: String, id: String, kind: String, payload: [UInt8], state: JobState, attempts: Int, claimedBy: String?,
        claimedAt: StoreTime?, lastError: String?, createdAt: StoreTime, updatedAt: StoreTime
    ) {
        self.tenantID = tenantID
        self.id = id
        self.kind = kind
        self.payload = payload
        self.state = state
        self.attempts = attempts
        self.claimedBy = claimedBy
        self.claimedAt = claimedAt
        self.lastError = lastError
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

extension JobRecord {
    /// A new queued job with a fresh id.
    public static func queued(tenantID: String, kind: String, payload: [UInt8], at now: StoreTime) -> JobRecord {
        JobRecord(
            tenantID: tenantID, id: StoreID.make(), kind: kind, payload: payload, state: .queued, attempts: 0, claimedBy: nil, claimedAt: nil,
            lastError: nil, createdAt: now, updatedAt: now)
    }
}
