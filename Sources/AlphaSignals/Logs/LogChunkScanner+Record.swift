import AlphaCore

/// Closing a record: counting it and, for warn-or-worse records, decoding, tracing, masking and signing it.
extension LogChunkScanner {
    mutating func finish(_ record: OpenRecord) {
        summary.totalRecords += 1
        summary.records.add(record.timestamp, split: split)
        if let ts = record.timestamp, ts.isFinite {
            if summary.minTimestamp.map({ ts < $0 }) ?? true { summary.minTimestamp = ts }
            if summary.maxTimestamp.map({ ts > $0 }) ?? true { summary.maxTimestamp = ts }
        }
        var level = record.level ?? .info
        let mayCarryTrace = record.hasMoreLines && (record.sawTrace || record.dialect != .none || level >= .warn)
        guard level >= .warn || mayCarryTrace else { return }

        decode(record)
        var trace: StackTrace?
        if !details.isEmpty {
            var text = message
            text.append(10)
            text.append(contentsOf: details)
            let full = String(decoding: text, as: UTF8.self)
            trace = StackTraceParser.parse(full.split(separator: "\n", omittingEmptySubsequences: false), logIndex: record.headIndex)
        }
        if trace != nil, level < .warn { level = .error }
        guard level >= .warn else { return }
        if level >= .error { summary.errorRecords += 1 } else { summary.warnRecords += 1 }

        buildSource(trace)
        hosts.removeAll(keepingCapacity: true)
        template.removeAll(keepingCapacity: true)
        if let access {
            buildAccessTemplate(access)
        } else {
            source.withUnsafeBufferPointer { SignatureMasker.mask($0, into: &template, hosts: &hosts, collectHosts: true) }
        }
        let id = SignatureHash.hash(template)
        let ts = record.timestamp
        if summary.signatures[id] == nil {
            summary.signatures[id] = SignatureAccumulator(
                template: String(decoding: template, as: UTF8.self), level: level, category: categorize(), firstSeen: ts, lastSeen: ts,
                firstIndex: record.headIndex, example: String(decoding: message.prefix(2048), as: UTF8.self), trace: trace)
        }
        // Update in place (no copy of the accumulator's dictionaries).
        summary.signatures[id, default: Self.placeholder].add(timestamp: ts, level: level, split: split, hosts: hosts, service: service, trace: trace)
        let category = summary.signatures[id]?.category ?? .other

        summary.warnOrWorse.add(ts, split: split)
        guard level >= .error else { return }
        if let ts { summary.errorMinutes[LogSplitCounter.minute(ts), default: 0] += 1 }
        summary.errors.add(ts, split: split)
        summary.categories[category, default: LogSplitCounter()].add(ts, split: split)
    }

    /// Never used: `signatures[id]` exists whenever it is read with this default.
    private static let placeholder = SignatureAccumulator(
        template: "", level: .warn, category: .other, firstSeen: nil, lastSeen: nil, firstIndex: 0, example: "")

    /// Fills `message`, `details`, `service` and `access` from the record's head and continuation lines.
    private mutating func decode(_ record: OpenRecord) {
        service = nil
        access = nil
        switch logs[record.headIndex] {
        case .line(let text):
            LogBytes.withBytes(text) { b in
                let head = LineHeadParser.parse(b)
                LogRecordText.decode(b, head, message: &message, details: &details)
                service = LogRecordText.string(b, head.service)
                access = head.access
                if let request = head.access {
                    // Keep the request's bytes: the head buffer is gone after this closure.
                    source.removeAll(keepingCapacity: true)
                    source.append(contentsOf: UnsafeBufferPointer(rebasing: b[request.methodStart..<request.methodEnd]))
                    source.append(32)
                    source.append(contentsOf: UnsafeBufferPointer(rebasing: b[request.pathStart..<request.pathEnd]))
                }
            }
        case .record(let object):
            message.removeAll(keepingCapacity: true)
            details.removeAll(keepingCapacity: true)
            message.append(contentsOf: object.message.utf8)
            if let newline = message.firstIndex(of: 10) {
                details.append(contentsOf: message[(newline + 1)...])
                message.removeSubrange(newline...)
            }
            if let stack = object.stackText {
                // A trace in its own field (`error.stack_trace`) belongs to the record as continuation lines would.
                if !details.isEmpty { details.append(10) }
                details.append(contentsOf: stack.utf8)
            }
            service = object.service
        }
        guard record.lastIndex > record.headIndex else { return }
        for index in (record.headIndex + 1)...record.lastIndex {
            guard case .line(let text) = logs[index] else { continue }
            if !details.isEmpty { details.append(10) }
            details.append(contentsOf: text.utf8)
        }
    }

    /// The text the signature is computed from: the message, with the exception named by a trace appended.
    private mutating func buildSource(_ trace: StackTrace?) {
        guard access == nil else { return }
        source.removeAll(keepingCapacity: true)
        var head = message[...]
        if head.isEmpty, let firstLine = details.split(separator: 10).first { head = firstLine }
        let isBareTraceback = head.starts(with: "Traceback (most recent call last)".utf8) || head.starts(with: "panic: ".utf8)
        if !isBareTraceback || trace?.exceptionType == nil { source.append(contentsOf: head.prefix(Self.maxSourceBytes)) }
        if let trace, let type = trace.exceptionType, !containsBytes(source, Array(type.utf8)) {
            if !source.isEmpty { source.append(contentsOf: " | ".utf8) }
            source.append(contentsOf: type.utf8)
            if let text = trace.message {
                source.append(contentsOf: ": ".utf8)
                source.append(contentsOf: text.utf8.prefix(Self.maxSourceBytes))
            }
        }
    }

    /// `METHOD /route/<*> STATUS` for access-log lines (`source` holds `METHOD /path`).
    private mutating func buildAccessTemplate(_ request: LogAccessRequest) {
        guard let space = source.firstIndex(of: 32) else { return }
        template.append(contentsOf: source[...space])
        var path: [UInt8] = []
        source[(space + 1)...].withUnsafeBufferPointer { p in
            var ignored: [String] = []
            SignatureMasker.mask(p, into: &path, hosts: &ignored, collectHosts: false)
        }
        template.append(contentsOf: path)
        template.append(32)
        template.append(contentsOf: String(request.status).utf8)
        message.removeAll(keepingCapacity: true)
        message.append(contentsOf: template)
    }

    /// The category of a new signature: its source plus the exception lines of its continuation (not the frames).
    private mutating func categorize() -> ErrorCategory {
        categoryText.removeAll(keepingCapacity: true)
        categoryText.append(contentsOf: source)
        if access != nil, let status = access?.status {
            categoryText.append(contentsOf: " \(status) \(LogHTTPReason.phrase(status))".utf8)
        }
        for line in details.split(separator: 10) where categoryText.count < Self.maxCategoryBytes {
            guard let first = line.first, !LogBytes.isSpace(first), containsBytes(line, [58, 32]) else { continue }
            categoryText.append(10)
            categoryText.append(contentsOf: line.prefix(Self.maxCategoryBytes))
        }
        return categoryText.withUnsafeBufferPointer { ErrorCategorizer.categorize($0) }
    }

    private func containsBytes<C: Collection<UInt8>>(_ haystack: C, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let h = Array(haystack)
        for start in 0...(h.count - needle.count) where h[start] == needle[0] {
            if h[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
