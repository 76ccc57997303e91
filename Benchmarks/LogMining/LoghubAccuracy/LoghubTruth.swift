import Foundation

/// The ground truth of one Loghub `<S>_2k.log_structured.csv`: per line, its EventId and EventTemplate (the last two
/// columns).
struct LoghubTruth {
    var eventIDs: [String]
    var templates: [String]
    var contents: [String]

    static func load(path: String) throws -> LoghubTruth {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var rows = CSV.parse(text)
        guard !rows.isEmpty else { return LoghubTruth(eventIDs: [], templates: [], contents: []) }
        let header = rows.removeFirst()
        let contentColumn = header.firstIndex(of: "Content") ?? max(0, header.count - 3)
        var truth = LoghubTruth(eventIDs: [], templates: [], contents: [])
        for row in rows where row.count >= 3 {
            truth.eventIDs.append(row[row.count - 2])
            truth.templates.append(row[row.count - 1])
            truth.contents.append(contentColumn < row.count ? row[contentColumn] : "")
        }
        return truth
    }
}

/// A small RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF records).
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var bytes = Array(text.utf8)
        bytes.append(0x0A)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") {
                quoted = true
            } else if byte == UInt8(ascii: ",") {
                row.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            } else if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                if !field.isEmpty || !row.isEmpty {
                    row.append(String(decoding: field, as: UTF8.self))
                    rows.append(row)
                }
                row = []
                field.removeAll(keepingCapacity: true)
            } else {
                field.append(byte)
            }
            i += 1
        }
        return rows
    }
}
