import ArgumentParser
import Foundation

/// One CSV to score and where it sits relative to the input root (`<folder>/<name>.csv`).
struct DetectInput {
    var url: URL
    var relativePath: String

    /// The file itself, or every `*.csv` under the folder (sorted, recursive).
    static func collect(_ path: String) throws -> [DetectInput] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ValidationError("no such file or folder: \(path)")
        }
        let root = URL(fileURLWithPath: path).standardizedFileURL
        guard isDirectory.boolValue else {
            // A single file keeps its parent folder's name, as NAB's `<folder>/<name>.csv` layout expects.
            let folder = root.deletingLastPathComponent().lastPathComponent
            return [DetectInput(url: root, relativePath: folder.isEmpty ? root.lastPathComponent : folder + "/" + root.lastPathComponent)]
        }
        var found: [DetectInput] = []
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where url.pathExtension.lowercased() == "csv" {
                let full = url.standardizedFileURL.path
                let relative = full.hasPrefix(rootPath) ? String(full.dropFirst(rootPath.count)) : url.lastPathComponent
                found.append(DetectInput(url: url, relativePath: relative))
            }
        }
        return found.sorted { $0.relativePath < $1.relativePath }
    }
}
