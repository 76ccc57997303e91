/// Turns the merged pass summary into `LogSignals`: resolves the split, rates, new signatures, categories,
/// spikes and stack traces.
struct LogSignalsBuilder {
    let summary: LogChunkSummary
    let split: Double?

    func build() -> LogSignals {
        var signals = LogSignals(totalRecords: summary.totalRecords, errorRecords: summary.errorRecords, warnRecords: summary.warnRecords)
        let firstMinute = summary.minTimestamp.map(LogSplitCounter.minute)
        let lastMinute = summary.maxTimestamp.map(LogSplitCounter.minute)

        // Where "after" begins: the deploy, else a change point, else nowhere.
        var splitMinute: Int64?
        var splitTime: Double?
        if let split {
            signals.split = SplitPoint(time: split, source: .deployedAt)
            splitTime = split
        } else if let firstMinute, let lastMinute,
            let minute = LogChangePointDetector.detect(summary.errorMinutes, firstMinute: firstMinute, lastMinute: lastMinute)
        {
            splitMinute = minute
            splitTime = Double(minute) * 60
            signals.split = SplitPoint(time: splitTime, source: .changePoint)
        }
        let hasSplit = splitTime != nil

        // Rates.
        let errors = summary.errors.resolved(splitMinute: splitMinute)
        if let splitTime, let minTs = summary.minTimestamp, let maxTs = summary.maxTimestamp {
            let beforeMinutes = max((splitTime - minTs) / 60, 1)
            let afterMinutes = max((maxTs - splitTime) / 60, 1)
            signals.errorRateBefore = Double(errors.before) / beforeMinutes
            signals.errorRateAfter = Double(errors.after) / afterMinutes
            signals.errorRateIncrease = signals.errorRateAfter / max(signals.errorRateBefore, LogAnalyzer.rateFloor(beforeMinutes: beforeMinutes))
            let records = summary.records.resolved(splitMinute: splitMinute)
            let problems = summary.warnOrWorse.resolved(splitMinute: splitMinute)
            signals.recordRateBefore = Double(records.before) / beforeMinutes
            signals.recordRateAfter = Double(records.after) / afterMinutes
            signals.routineRateBefore = Double(records.before - problems.before) / beforeMinutes
            signals.routineRateAfter = Double(records.after - problems.after) / afterMinutes
        } else {
            let minutes = max(((summary.maxTimestamp ?? 0) - (summary.minTimestamp ?? 0)) / 60, 1)
            signals.errorRateAfter = Double(errors.after) / minutes
            signals.errorRateIncrease = errors.after > 0 ? 1 : 0
        }

        // Signatures.
        var signatures: [LogSignature] = []
        var traces: [StackTrace] = []
        signatures.reserveCapacity(summary.signatures.count)
        for (hash, accumulator) in summary.signatures {
            let counts = accumulator.counter.resolved(splitMinute: splitMinute)
            let id = SignatureHash.hex(hash)
            let isNew = hasSplit && counts.before == 0 && counts.after > 0
            signatures.append(
                LogSignature(
                    id: id, template: accumulator.template, level: accumulator.level, category: accumulator.category,
                    countBefore: counts.before, countAfter: counts.after, firstSeen: accumulator.firstSeen, lastSeen: accumulator.lastSeen,
                    firstIndex: accumulator.firstIndex, example: accumulator.example, isNew: isNew,
                    hosts: SignatureAccumulator.ranked(accumulator.hosts), services: SignatureAccumulator.ranked(accumulator.services)))
            if var trace = accumulator.trace {
                trace.signatureId = id
                traces.append(trace)
            }
        }
        // The scan's dictionary has no order; the miner (and so every id and example) must see one.
        signatures.sort { $0.firstIndex != $1.firstIndex ? $0.firstIndex < $1.firstIndex : $0.id < $1.id }
        signatures = SignatureClustering.merge(signatures, traces: &traces)
        signatures.sort {
            if $0.countAfter != $1.countAfter { return $0.countAfter > $1.countAfter }
            if $0.count != $1.count { return $0.count > $1.count }
            return $0.firstIndex < $1.firstIndex
        }
        signals.newErrorSignatures = signatures.filter(\.isNew).map(\.id)
        signals.signatures = Array(signatures.prefix(LogAnalyzer.maxSignatures))
        traces.sort { $0.logIndex < $1.logIndex }
        signals.stackTraces = Array(traces.prefix(LogAnalyzer.maxStackTraces))

        // Categories and the dominant error.
        var categories: [CategoryCount] = []
        for category in ErrorCategory.allCases {
            guard let counter = summary.categories[category] else { continue }
            let counts = counter.resolved(splitMinute: splitMinute)
            categories.append(CategoryCount(category: category, countBefore: counts.before, countAfter: counts.after))
        }
        let order = Dictionary(uniqueKeysWithValues: ErrorCategory.allCases.enumerated().map { ($1, $0) })
        categories.sort {
            if $0.countAfter != $1.countAfter { return $0.countAfter > $1.countAfter }
            if $0.countBefore != $1.countBefore { return $0.countBefore > $1.countBefore }
            return (order[$0.category] ?? 0) < (order[$1.category] ?? 0)
        }
        signals.categories = categories
        let specific = categories.first { $0.countAfter > 0 && $0.category != .other && $0.category != .exception }
        signals.dominantError = specific?.category ?? categories.first { $0.countAfter > 0 }?.category

        if let firstMinute { signals.spikes = LogSpikeDetector.detect(summary.errorMinutes, firstMinute: firstMinute) }
        return signals
    }
}

extension LogAnalyzer {
    /// The floor on the before-rate (errors/minute) when computing `errorRateIncrease`: the larger of 0.1/min
    /// (a quiet service's noise) and one error over the before-window (what the window can resolve).
    static func rateFloor(beforeMinutes: Double) -> Double {
        max(0.1, 1 / max(beforeMinutes, 1))
    }
}
