/// What one contiguous chunk of the logs contributes; chunks are merged in order.
struct LogChunkSummary {
    var totalRecords = 0
    var errorRecords = 0
    var warnRecords = 0
    var minTimestamp: Double?
    var maxTimestamp: Double?
    /// Error records per minute (for the change point and spikes).
    var errorMinutes: [Int64: Int] = [:]
    /// Error records on either side of the split.
    var errors = LogSplitCounter()
    /// All records on either side of the split, and those at warn level or worse (the rest is the volume traffic makes).
    var records = LogSplitCounter()
    var warnOrWorse = LogSplitCounter()
    var signatures: [UInt64: SignatureAccumulator] = [:]
    /// Error records per category.
    var categories: [ErrorCategory: LogSplitCounter] = [:]

    mutating func merge(_ other: LogChunkSummary) {
        totalRecords += other.totalRecords
        errorRecords += other.errorRecords
        warnRecords += other.warnRecords
        minTimestamp = SignatureAccumulator.earliest(minTimestamp, other.minTimestamp)
        maxTimestamp = SignatureAccumulator.latest(maxTimestamp, other.maxTimestamp)
        for (minute, count) in other.errorMinutes { errorMinutes[minute, default: 0] += count }
        errors.merge(other.errors)
        records.merge(other.records)
        warnOrWorse.merge(other.warnOrWorse)
        for (id, accumulator) in other.signatures {
            if signatures[id] != nil {
                signatures[id]?.merge(accumulator)
            } else {
                signatures[id] = accumulator
            }
        }
        for (category, counter) in other.categories { categories[category, default: LogSplitCounter()].merge(counter) }
    }
}
