/// Decodes the text of a parsed head into reusable byte buffers: the message's first line and the rest
/// (later lines, a structured `stack` field). Only called for records that matter (warn or worse).
enum LogRecordText {
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ head: LogLineHead, message: inout [UInt8], details: inout [UInt8]) {
        message.removeAll(keepingCapacity: true)
        details.removeAll(keepingCapacity: true)
        LogEscapes.append(b, head.message, to: &message)
        if let error = head.error, error.end > error.start {
            if !message.isEmpty { message.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")]) }
            LogEscapes.append(b, error, to: &message)
        }
        if let newline = message.firstIndex(of: 10) {
            details.append(contentsOf: message[(newline + 1)...])
            message.removeSubrange(newline...)
        }
        while let last = message.last, LogBytes.isSpace(last) { message.removeLast() }
        if !head.isStructured, head.firstLineEnd + 1 < b.count {
            if !details.isEmpty { details.append(10) }
            details.append(contentsOf: UnsafeBufferPointer(rebasing: b[(head.firstLineEnd + 1)...]))
        }
        if let stack = head.stack, stack.end > stack.start {
            if !details.isEmpty { details.append(10) }
            LogEscapes.append(b, stack, to: &details)
        }
    }

    /// The decoded text of an optional span.
    static func string(_ b: UnsafeBufferPointer<UInt8>, _ span: LogValueSpan?) -> String? {
        guard let span, span.end > span.start else { return nil }
        var out: [UInt8] = []
        LogEscapes.append(b, span, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
