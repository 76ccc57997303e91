import AlphaCore
import AlphaSignals

/// A config change written as a patch a human can read and approve.
enum ConfigPatch {
    static func restore(_ change: ConfigChange) -> String {
        var out = "--- config (current)\n+++ config (proposed)\n@@ \(change.key) @@\n"
        if let after = change.after { out += "-\(change.key): \(after.scalarText)\n" }
        if let before = change.before { out += "+\(change.key): \(before.scalarText)\n" }
        return out
    }
}
