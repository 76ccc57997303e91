/// `metrics`: a map name → points or series object, a Prometheus `result` array, or a whole Prometheus response.
extension JSONReader {
    /// Reads the `metrics` section in any of its forms; null is an empty list.
    mutating func readMetrics() throws(InputError) -> [MetricSeries] {
        switch try peek() {
        case UInt8(ascii: "n"):
            try readLiteral("null")
            return []
        case UInt8(ascii: "["): return try readPrometheusResult()
        case UInt8(ascii: "{"): return try readMetricsObject()
        default: throw typeError(expected: "an object of series or a Prometheus result array")
        }
    }

    /// The map form, or a whole Prometheus response (`{status, data: {resultType, result}}`): a member is part of a
    /// response when its value could not be a series (`status`, `errorType`, `error` are strings; `data` holds `result`).
    private mutating func readMetricsObject() throws(InputError) -> [MetricSeries] {
        var series: [MetricSeries] = []
        var status: String?
        var errorType: String?
        var errorText: String?
        var state = try beginObject()
        while let key = try nextMember(&state) {
            let next = try peek()
            if next == UInt8(ascii: "\"") && (self.key(key, is: "status") || self.key(key, is: "errorType") || self.key(key, is: "error")) {
                let text = try readString()
                if self.key(key, is: "status") {
                    status = text
                } else if self.key(key, is: "errorType") {
                    errorType = text
                } else {
                    errorText = text
                }
            } else if self.key(key, is: "warnings") || self.key(key, is: "infos") {
                try skipValue()
            } else if next == UInt8(ascii: "{") && self.key(key, is: "data") {
                series.append(contentsOf: try readSeriesObject(name: "data", responseAllowed: true))
            } else if next == UInt8(ascii: "[") {
                var one = MetricSeries(name: keyText(key), timestamps: [], values: [])
                try readPoints(into: &one)
                series.append(one)
            } else if next == UInt8(ascii: "{") {
                series.append(contentsOf: try readSeriesObject(name: keyText(key), responseAllowed: false))
            } else if next == UInt8(ascii: "n") {
                try readLiteral("null")
            } else {
                throw typeError(expected: "an array of [timestamp, value] points or a series object")
            }
        }
        if status == "error" || errorType != nil || errorText != nil {
            throw InputError(
                location: "metrics",
                message: "the Prometheus response is an error (errorType: \(errorType ?? "unknown")): \(errorText ?? "no error message")")
        }
        return series
    }

    /// `{unit, labels, points}`; under `data` it may instead be a Prometheus `{resultType, result}`.
    private mutating func readSeriesObject(name: String, responseAllowed: Bool) throws(InputError) -> [MetricSeries] {
        var one = MetricSeries(name: name, timestamps: [], values: [])
        var labels: [(key: String, value: String)] = []
        var hasPoints = false
        var result: [MetricSeries]?
        var resultType: String?
        var state = try beginObject()
        while let key = try nextMember(&state) {
            if self.key(key, is: "points") || self.key(key, is: "values") {
                try readPoints(into: &one)
                hasPoints = true
            } else if self.key(key, is: "unit") {
                one.unit = try readOptionalString()
            } else if self.key(key, is: "labels") {
                if try !consumeNull() { labels = try readStringMap() }
            } else if responseAllowed && self.key(key, is: "result") {
                result = try readPrometheusResult()
            } else if responseAllowed && self.key(key, is: "resultType") {
                resultType = try readOptionalString()
            } else {
                try skipValue()
            }
        }
        if let result {
            if let resultType, resultType != "matrix" && resultType != "vector" {
                throw contractError("unsupported Prometheus resultType \"\(resultType)\" (expected matrix or vector)")
            }
            return result
        }
        guard hasPoints else { throw contractError("series has no points") }
        one.labels = labels.sorted { $0.key < $1.key }
        return [one]
    }

    /// A Prometheus `result` array: `[{metric: {__name__, ...}, values: [[ts, "v"], ...]}]` (or `value: [ts, "v"]`).
    private mutating func readPrometheusResult() throws(InputError) -> [MetricSeries] {
        var series: [MetricSeries] = []
        var items = try beginArray()
        while try nextElement(&items) {
            var one = MetricSeries(name: "", timestamps: [], values: [])
            var labels: [(key: String, value: String)] = []
            var name: String?
            var hasValues = false
            var state = try beginObject()
            while let key = try nextMember(&state) {
                if self.key(key, is: "metric") {
                    if try consumeNull() { continue }
                    for label in try readStringMap() {
                        if label.key == "__name__" { name = label.value } else { labels.append(label) }
                    }
                } else if self.key(key, is: "values") {
                    try readPoints(into: &one)
                    hasValues = true
                } else if self.key(key, is: "value") {
                    try readPoint(into: &one)
                    hasValues = true
                } else {
                    try skipValue()
                }
            }
            guard hasValues else { throw contractError("series has no \"values\" (or \"value\")") }
            labels.sort { $0.key < $1.key }
            one.name = name ?? "{" + labels.map { "\($0.key)=\"\($0.value)\"" }.joined(separator: ",") + "}"
            one.labels = labels
            series.append(one)
        }
        return series
    }

    /// `[[ts, value], ...]` appended to the series' parallel arrays. The hot loop of the decoder.
    private mutating func readPoints(into series: inout MetricSeries) throws(InputError) {
        var points = try beginArray()
        while try nextElement(&points) {
            try readPoint(into: &series)
        }
    }

    /// One `[ts, value]` pair.
    @inline(__always)
    private mutating func readPoint(into series: inout MetricSeries) throws(InputError) {
        guard try peek() == UInt8(ascii: "[") else { throw typeError(expected: "a [timestamp, value] pair") }
        var pair = try beginArray()
        guard try nextElement(&pair) else { throw contractError("expected a [timestamp, value] pair, found an empty array") }
        let timestamp = try readPointTimestamp()
        guard try nextElement(&pair) else { throw contractError("expected a [timestamp, value] pair, found only a timestamp") }
        let value = try readSampleValue()
        if try nextElement(&pair) { throw contractError("expected a [timestamp, value] pair, found more than two elements") }
        series.timestamps.append(timestamp)
        series.values.append(value)
    }

    @inline(__always)
    private mutating func readPointTimestamp() throws(InputError) -> Double {
        let next = try peek()
        if next == UInt8(ascii: "-") || (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9")) {
            return Self.epochSeconds(try readNumber())
        }
        guard next == UInt8(ascii: "\"") else { throw typeError(expected: "a timestamp") }
        let start = position
        let token = try readStringToken()
        if let seconds = timestamp(in: token) { return seconds }
        position = start
        throw typeError(expected: "an RFC 3339 timestamp or epoch seconds")
    }

    /// A sample value: a number, or a numeric string (`"0.25"`, `"NaN"`, `"+Inf"`, `"-Inf"`, `"Inf"`).
    @inline(__always)
    private mutating func readSampleValue() throws(InputError) -> Double {
        let next = try peek()
        if next == UInt8(ascii: "\"") {
            let start = position
            let token = try readStringToken()
            if !token.escaped, let value = Self.parseNumericString(bytes, start: token.start, end: token.end) { return value }
            position = start
            throw typeError(expected: "a number")
        }
        guard next == UInt8(ascii: "-") || (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9")) else {
            throw typeError(expected: "a number")
        }
        return try readNumber()
    }
}
