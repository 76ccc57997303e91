/// `@@ -a[,b] +c[,d] @@ context`, parsed without allocation; nil when the line is not a well-formed header.
struct DiffHunkHeader {
    var oldStart = 0
    var oldCount = 1
    var newStart = 0
    var newCount = 1

    init?(_ line: Substring) {
        let bytes = Array(line.utf8)
        var index = 3  // after "@@ "
        guard bytes.count > index, bytes[index] == UInt8(ascii: "-") else { return nil }
        index += 1
        guard let a = Self.number(bytes, &index) else { return nil }
        oldStart = a
        if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
            index += 1
            guard let b = Self.number(bytes, &index) else { return nil }
            oldCount = b
        }
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: " "), bytes[index + 1] == UInt8(ascii: "+") else { return nil }
        index += 2
        guard let c = Self.number(bytes, &index) else { return nil }
        newStart = c
        if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
            index += 1
            guard let d = Self.number(bytes, &index) else { return nil }
            newCount = d
        }
        guard index + 2 < bytes.count || (index + 2 == bytes.count), index + 1 < bytes.count,
            bytes[index] == UInt8(ascii: " "), bytes[index + 1] == UInt8(ascii: "@")
        else { return nil }
    }

    /// Up to 9 digits (larger numbers are clamped, so line arithmetic can never overflow).
    private static func number(_ bytes: [UInt8], _ index: inout Int) -> Int? {
        var value = 0
        var digits = 0
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            if digits < 9 { value = value * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
            digits += 1
            index += 1
        }
        return digits > 0 ? value : nil
    }
}
