/// `config_snapshot`: `{previous, current}` for a diff, or any other object as the current configuration.
extension JSONReader {
    /// Reads the configuration; null is no configuration.
    mutating func readConfig() throws(InputError) -> ConfigSnapshot? {
        if try consumeNull() { return nil }
        let object = try readObject()
        // The diff form only when every member is `previous` or `current` and holds an object (or null):
        // a configuration that merely has a `current` key among others is taken whole.
        let isDiffForm =
            !object.isEmpty
            && object.members.allSatisfy { member in
                (member.key == "previous" || member.key == "current") && (member.value.objectValue != nil || member.value == .null)
            }
        guard isDiffForm else { return ConfigSnapshot(current: object) }
        return ConfigSnapshot(previous: object["previous"]?.objectValue, current: object["current"]?.objectValue ?? JSONObject())
    }
}
