/// Numbers: plain decimals take an exact fast path (an integer mantissa below 2^53 scaled by a power of ten up to
/// 10^22 is correctly rounded by one multiplication or division); anything else goes to the standard library.
extension JSONReader {
    /// Reads a JSON number.
    @inline(__always)
    mutating func readNumber() throws(InputError) -> Double {
        let first = try peek()
        guard first == UInt8(ascii: "-") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) else {
            throw typeError(expected: "a number")
        }
        guard let (value, end) = Self.parseNumber(bytes, start: position, end: bytes.count, allowPlus: false) else {
            if Self.numberTokenEnd(bytes, from: position) >= bytes.count { throw unexpectedEnd() }
            throw syntaxError("invalid number")
        }
        position = end
        try expectDelimiter()
        return value
    }

    /// The raw text of the number at the cursor (for ids and levels given as numbers: `50` stays `50`).
    mutating func readNumberText() throws(InputError) -> String {
        let start = position
        _ = try readNumber()
        return string(start: start, end: position)
    }

    /// Where a run of number-like bytes starting at `from` ends (for error messages and `found` texts).
    static func numberTokenEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var index = from
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"),
                UInt8(ascii: "E"):
                index += 1
            default: return index
            }
        }
        return index
    }

    /// Parses the longest JSON number starting at `start` (an optional leading `+` when `allowPlus`).
    /// Returns the value and where it ends, or nil if no valid number starts there.
    static func parseNumber(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, allowPlus: Bool) -> (Double, Int)? {
        var index = start
        var negative = false
        if index < end, bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        } else if allowPlus, index < end, bytes[index] == UInt8(ascii: "+") {
            index += 1
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var exponent = 0
        let integerStart = index
        while index < end, bytes[index] &- UInt8(ascii: "0") < 10 {
            let digit = UInt64(bytes[index] &- UInt8(ascii: "0"))
            if significantDigits < 19 {
                mantissa = mantissa &* 10 &+ digit
                if mantissa != 0 { significantDigits += 1 }
            } else {
                exponent += 1
                significantDigits += 1
            }
            index += 1
        }
        let integerDigits = index - integerStart
        // JSON allows no leading zeros ("01") and needs at least one integer digit.
        guard integerDigits > 0, !(integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0")) else { return nil }
        var exact = significantDigits <= 19
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < end, bytes[index] &- UInt8(ascii: "0") < 10 {
                if significantDigits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(bytes[index] &- UInt8(ascii: "0"))
                    if mantissa != 0 { significantDigits += 1 }
                    exponent -= 1
                } else {
                    exact = false
                }
                index += 1
            }
            guard index > fractionStart else { return nil }
        }
        if index < end, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            var exponentNegative = false
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            let exponentStart = index
            var explicit = 0
            while index < end, bytes[index] &- UInt8(ascii: "0") < 10 {
                // Saturate: beyond 10^±100000 every double is 0 or infinity anyway.
                if explicit < 100_000 { explicit = explicit * 10 + Int(bytes[index] &- UInt8(ascii: "0")) }
                index += 1
            }
            guard index > exponentStart else { return nil }
            exponent += exponentNegative ? -explicit : explicit
        }
        if exact, mantissa <= 1 << 53, exponent >= -22, exponent <= 22 {
            var value = Double(mantissa)
            if exponent < 0 {
                value /= powersOfTen[-exponent]
            } else if exponent > 0 {
                value *= powersOfTen[exponent]
            }
            return (negative ? -value : value, index)
        }
        // Rare forms (long mantissas, large exponents): let the standard library round them correctly.
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text) else { return nil }
        return (value, index)
    }

    /// Exact powers of ten representable as doubles.
    static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
        1e22,
    ]

    /// A numeric string as Prometheus and others write sample values: a decimal (a leading `+` allowed),
    /// `NaN`, `Inf`, `+Inf`, `-Inf` (any case). Nil if the whole range is not one.
    static func parseNumericString(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Double? {
        if let (value, stop) = parseNumber(bytes, start: start, end: end, allowPlus: true), stop == end { return value }
        var index = start
        var sign = 1.0
        if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            index += 1
        }
        let rest = end - index
        func lowered(_ offset: Int) -> UInt8 { bytes[index + offset] | 0x20 }
        if rest == 3, lowered(0) == UInt8(ascii: "n"), lowered(1) == UInt8(ascii: "a"), lowered(2) == UInt8(ascii: "n") {
            return .nan
        }
        if rest == 3, lowered(0) == UInt8(ascii: "i"), lowered(1) == UInt8(ascii: "n"), lowered(2) == UInt8(ascii: "f") {
            return sign * .infinity
        }
        if rest == 8, lowered(0) == UInt8(ascii: "i"), lowered(1) == UInt8(ascii: "n"), lowered(2) == UInt8(ascii: "f"),
            lowered(3) == UInt8(ascii: "i"), lowered(4) == UInt8(ascii: "n"), lowered(5) == UInt8(ascii: "i"),
            lowered(6) == UInt8(ascii: "t"), lowered(7) == UInt8(ascii: "y")
        {
            return sign * .infinity
        }
        return nil
    }
}
