/// The hash chain of the audit log: how an entry's hash is computed and how a chain is verified. Every engine
/// uses these functions, so a log written by one engine verifies in any other.
public enum AuditChain {
    /// The previous hash of a tenant's first entry.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// SHA-256 over `previousHash` and the entry's canonical content.
    ///
    /// Canonical content: each field as `<byte length>:<bytes>` in a fixed order (tenant, sequence, time, actor,
    /// action, before, after), with `-` for an absent optional, so no two different entries share an encoding.
    public static func hash(
        previousHash: String, tenantID: String, sequence: Int64, at: StoreTime, actor: String, action: String, before: String?,
        after: String?
    ) -> String {
        var bytes = [UInt8]()
        func field(_ text: String?) {
            guard let text else {
                bytes.append(UInt8(ascii: "-"))
                return
            }
            bytes.append(contentsOf: String(text.utf8.count).utf8)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(contentsOf: text.utf8)
        }
        field(previousHash)
        field(tenantID)
        field(String(sequence))
        field(String(at.microseconds))
        field(actor)
        field(action)
        field(before)
        field(after)
        return SHA256.hexDigest(bytes)
    }

    /// The next entry after `head`, with its hash.
    public static func entry(
        after head: AuditHead, tenantID: String, at: StoreTime, actor: String, action: String, before: String?, after: String?
    ) -> AuditEntry {
        let sequence = head.sequence &+ 1
        let digest = hash(
            previousHash: head.hash, tenantID: tenantID, sequence: sequence, at: at, actor: actor, action: action, before: before,
            after: after)
        return AuditEntry(
            tenantID: tenantID, sequence: sequence, at: at, actor: actor, action: action, before: before, after: after,
            previousHash: head.hash, hash: digest)
    }

    /// Checks `entries` (in sequence order) of `tenantID` against each other and against the stored `head`.
    public static func verify(tenantID: String, entries: [AuditEntry], head: AuditHead) -> AuditVerification {
        var previousHash = genesisHash
        var expectedSequence: Int64 = 1
        for (index, entry) in entries.enumerated() {
            func broken(_ problem: String) -> AuditVerification {
                AuditVerification(isValid: false, checkedEntries: index, brokenAt: entry.sequence, problem: problem)
            }
            if entry.sequence != expectedSequence {
                return AuditVerification(
                    isValid: false, checkedEntries: index, brokenAt: expectedSequence,
                    problem: "entry \(expectedSequence) is missing (found \(entry.sequence) next)")
            }
            if entry.tenantID != tenantID { return broken("entry \(entry.sequence) belongs to another tenant") }
            if entry.previousHash != previousHash {
                return broken("entry \(entry.sequence) does not link to entry \(entry.sequence - 1) (previous hash differs)")
            }
            let recomputed = hash(
                previousHash: entry.previousHash, tenantID: entry.tenantID, sequence: entry.sequence, at: entry.at, actor: entry.actor,
                action: entry.action, before: entry.before, after: entry.after)
            if recomputed != entry.hash { return broken("entry \(entry.sequence) was modified (content does not match its hash)") }
            previousHash = entry.hash
            expectedSequence = entry.sequence &+ 1
        }
        let last = expectedSequence &- 1
        if last != head.sequence || previousHash != head.hash {
            return AuditVerification(
                isValid: false, checkedEntries: entries.count, brokenAt: min(last, head.sequence) &+ 1,
                problem: "the log ends at entry \(last) but its head says \(head.sequence): newest entries were deleted or the head was changed")
        }
        return AuditVerification(isValid: true, checkedEntries: entries.count, brokenAt: nil, problem: nil)
    }
}
