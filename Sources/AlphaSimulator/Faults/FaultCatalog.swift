public import AlphaCore

/// Builds a fault for any label of the taxonomy, choosing among realistic variants with the generator.
public enum FaultCatalog {
    /// Every label that has an injector (all but `unknown`).
    public static var labels: [CauseLabel] { CauseLabel.allCases.filter { $0 != .unknown } }

    /// A fault for `label`; `dependency` is the outbound host the service calls (for dependency-side causes).
    public static func fault(_ label: CauseLabel, dependency: String, rng: inout SplitMix64) -> Fault {
        let base = SystemParameters.baseline
        switch label {
        case .dbMissingIndex: return missingIndex(&rng)
        case .nPlusOneQuery:
            let perItem = Double(rng.int(12...40))
            let q = base[.queriesPerRequest]
            return Fault(
                label: label, variant: "lazy-load-items",
                edits: [.init(.queriesPerRequest, q + perItem), .init(.cacheableFraction, base[.cacheableFraction] * q / (q + perItem))],
                origin: .commit(CodeSnippets.nPlusOne))
        case .cacheRemoved: return cacheRemoved(&rng)
        case .cacheUnavailable:
            return Fault(
                label: label, variant: "redis-down", edits: [.init(.cacheReachable, 0)], origin: .external, dependency: "redis",
                onsetDelay: rng.uniform(-120, 240))
        case .connectionPoolExhausted: return poolExhausted(&rng)
        case .lockContention:
            return Fault(
                label: label, variant: "for-update-around-payment",
                edits: [.init(.lockHoldMs, rng.uniform(60, 200)), .init(.hotRows, Double(rng.int(1...3)))],
                origin: .commit(CodeSnippets.forUpdate(dependency: dependency)))
        case .migrationFailure:
            return Fault(
                label: label, variant: "not-null-column",
                edits: [.init(.brokenSchemaFraction, rng.uniform(0.15, 0.6))], origin: .commit(CodeSnippets.migration))
        case .memoryLeak:
            return Fault(
                label: label, variant: "module-level-list",
                edits: [.init(.memoryLeakBytesPerRequest, rng.uniform(8_000, 16_000))], origin: .commit(CodeSnippets.leak))
        case .cpuSaturation:
            return Fault(
                label: label, variant: "regex-per-line-item", edits: [.init(.cpuMsPerRequest, rng.uniform(20, 34))],
                origin: .commit(CodeSnippets.cpu))
        case .diskFull: return diskFull(&rng)
        case .codeRegression:
            return Fault(
                label: label, variant: "none-attribute", edits: [.init(.codeErrorRatio, rng.uniform(0.04, 0.3))],
                origin: .commit(CodeSnippets.regression))
        case .badConfig: return badConfig(dependency: dependency, &rng)
        case .dependencyFailure:
            if rng.chance(0.5) {
                return Fault(
                    label: label, variant: "upstream-5xx", edits: [.init(.dependencyRejectRatio, rng.uniform(0.5, 0.95))], origin: .external,
                    dependency: dependency, onsetDelay: rng.uniform(-120, 240))
            }
            return Fault(
                label: label, variant: "upstream-slow", edits: [.init(.dependencyLatencyMs, rng.uniform(2500, 6000))], origin: .external,
                dependency: dependency, onsetDelay: rng.uniform(-120, 240))
        case .retryStorm:
            let retries = Double(rng.int(5...8))
            let timeout = rng.uniform(0.05, 0.1)
            let edits: [Fault.Edit] = [.init(.dependencyRetries, retries), .init(.dependencyTimeoutSeconds, timeout), .init(.dependencyBackoffMs, 0)]
            if rng.chance(0.5) {
                return Fault(
                    label: label, variant: "commit-retry-policy", edits: edits,
                    origin: .commit(CodeSnippets.retry(dependency: dependency, retries: Int(retries), timeout: timeout)))
            }
            return Fault(
                label: label, variant: "config-retries", edits: edits,
                origin: .config([
                    ConfigChange(keyPath: ["payments", "retries"], previous: .number(2), current: .number(retries)),
                    ConfigChange(keyPath: ["payments", "timeout_seconds"], previous: .number(5), current: .number((timeout * 100).rounded() / 100)),
                    ConfigChange(keyPath: ["payments", "backoff_ms"], previous: .number(100), current: .number(0)),
                ]))
        case .rateLimited:
            if rng.chance(0.5) {
                return Fault(
                    label: label, variant: "unbatched-calls",
                    edits: [.init(.dependencyCallsPerRequest, rng.uniform(1.2, 2)), .init(.dependencyRateLimitRps, 100)],
                    origin: .commit(CodeSnippets.unbatched(dependency: dependency)))
            }
            return Fault(
                label: label, variant: "quota-lowered", edits: [.init(.dependencyRateLimitRps, rng.uniform(15, 30))], origin: .external,
                dependency: dependency, onsetDelay: rng.uniform(-120, 240))
        case .certificateExpired:
            return Fault(
                label: label, variant: "upstream-cert", edits: [.init(.dependencyTLSValid, 0)], origin: .external, dependency: dependency,
                onsetDelay: rng.uniform(-120, 240))
        case .dnsFailure:
            return Fault(
                label: label, variant: "nxdomain", edits: [.init(.dependencyResolvable, 0)], origin: .external, dependency: dependency,
                onsetDelay: rng.uniform(-120, 240))
        case .trafficSpike:
            return Fault(
                label: label, variant: "burst", edits: [.init(.trafficMultiplier, rng.uniform(2.5, 4))], origin: .external,
                onsetDelay: rng.uniform(-120, 240))
        case .unknown:
            return Fault(label: .unknown, variant: "none", edits: [], origin: .external)
        }
    }

    static func missingIndex(_ rng: inout SplitMix64) -> Fault {
        let rows = rng.uniform(1_500_000, 6_000_000)
        let change = rng.chance(0.5) ? CodeSnippets.dropIndex : CodeSnippets.newUnindexedQuery
        return Fault(
            label: .dbMissingIndex, variant: change.path.hasPrefix("migrations") ? "dropped-index" : "new-query",
            edits: [.init(.hotQueryIndexed, 0), .init(.tableRows, rows)], origin: .commit(change))
    }

    static func cacheRemoved(_ rng: inout SplitMix64) -> Fault {
        switch rng.int(0...2) {
        case 0:
            return Fault(
                label: .cacheRemoved, variant: "decorator-removed", edits: [.init(.cacheableFraction, 0)],
                origin: .commit(CodeSnippets.cacheDecorator))
        case 1:
            return Fault(
                label: .cacheRemoved, variant: "config-disabled", edits: [.init(.cacheEnabled, 0)],
                origin: .config([ConfigChange(keyPath: ["cache", "enabled"], previous: .bool(true), current: .bool(false))]))
        default:
            return Fault(
                label: .cacheRemoved, variant: "config-ttl", edits: [.init(.cacheTTLSeconds, 0.05)],
                origin: .config([ConfigChange(keyPath: ["cache", "ttl_seconds"], previous: .number(300), current: .number(0))]))
        }
    }

    static func poolExhausted(_ rng: inout SplitMix64) -> Fault {
        let size = Double(rng.int(2...3))
        let overflow = Double(rng.int(0...1))
        let edits: [Fault.Edit] = [.init(.poolSize, size), .init(.maxOverflow, overflow)]
        if rng.chance(0.5) {
            return Fault(
                label: .connectionPoolExhausted, variant: "config-pool-size", edits: edits,
                origin: .config([
                    ConfigChange(keyPath: ["database", "pool_size"], previous: .number(20), current: .number(size)),
                    ConfigChange(keyPath: ["database", "max_overflow"], previous: .number(10), current: .number(overflow)),
                ]))
        }
        return Fault(
            label: .connectionPoolExhausted, variant: "commit-pool-size", edits: edits,
            origin: .commit(CodeSnippets.pool(size: Int(size), overflow: Int(overflow))))
    }

    static func diskFull(_ rng: inout SplitMix64) -> Fault {
        switch rng.int(0...2) {
        case 0:
            return Fault(
                label: .diskFull, variant: "exports-never-cleaned", edits: [.init(.diskWriteBytesPerRequest, rng.uniform(70_000, 120_000))],
                origin: .commit(CodeSnippets.exports))
        case 1:
            return Fault(
                label: .diskFull, variant: "debug-logging", edits: [.init(.diskWriteBytesPerRequest, rng.uniform(70_000, 110_000))],
                origin: .config([ConfigChange(keyPath: ["logging", "level"], previous: .string("INFO"), current: .string("DEBUG"))]))
        default:
            return Fault(
                label: .diskFull, variant: "backup-on-data-volume", edits: [.init(.diskExtraBytesPerSecond, rng.uniform(15_000_000, 25_000_000))],
                origin: .external, onsetDelay: rng.uniform(-300, 0))
        }
    }

    static func badConfig(dependency: String, _ rng: inout SplitMix64) -> Fault {
        if rng.chance(0.5) {
            return Fault(
                label: .badConfig, variant: "wrong-base-url",
                edits: [.init(.configErrorRatio, SystemParameters.baseline[.dependencyCallsPerRequest])],
                origin: .config([
                    ConfigChange(
                        keyPath: ["payments", "base_url"], previous: .string("https://\(dependency)/v1"), current: .string("https://\(dependency)/v2")
                    )
                ]))
        }
        return Fault(
            label: .badConfig, variant: "wrong-db-password", edits: [.init(.configErrorRatio, rng.uniform(0.3, 0.8))],
            origin: .config([
                ConfigChange(keyPath: ["database", "password_secret"], previous: .string("orders-db-v3"), current: .string("orders-db-v4"))
            ]))
    }
}
