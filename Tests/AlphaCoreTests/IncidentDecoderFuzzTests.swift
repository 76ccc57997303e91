import AlphaCore
import Testing

/// Malformed input must end in success or an `InputError`: never a trap, never a hang.
@Suite struct IncidentDecoderFuzzTests {
    static let seed = #"""
        {"incident_id":"INC-1","deployment_id":"d-1","title":"t","service":"api","detected_at":"2024-01-15T10:23:45Z",
         "deployed_at":1705314225,"logs":["2024-01-15T10:23:45.123Z ERROR [api] boom \"q\" \u00e9\n  at x",
         {"ts":1705314225.5,"level":50,"msg":"pino","attributes":{"a":[1,2,{"b":null}]}},
         "ts=2024-01-15T10:23:45Z level=error msg=\"x\""],
         "metrics":{"lat":{"unit":"s","labels":{"k":"v"},"points":[[1705314225,0.25],["2024-01-15T10:23:46Z","NaN"],[1705314227000,-1.5e-3]]},
          "status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"up","job":"j"},"values":[[1,"1"],[2,"+Inf"]]}]}},
         "recent_commits":[{"sha":"abc","author":{"name":"A","email":"a@x"},"date":"2024-01-15T10:00:00Z","diff":"-a\n+b",
          "files":[{"filename":"f.py","additions":1,"deletions":0,"patch":"@@"}]}],
         "config_snapshot":{"previous":{"pool":20},"current":{"pool":5}},
         "alerts":{"alerts":[{"status":"firing","labels":{"alertname":"X"},"startsAt":"2024-01-15T10:23:45Z","endsAt":"0001-01-01T00:00:00Z"}]}}
        """#

    @Test func seedDecodes() throws {
        let incident = try decodeIncident(Self.seed)
        #expect(incident.logs.count == 3)
        #expect(incident.metrics.count == 2)
        #expect(incident.commits.first?.files.count == 1)
        #expect(incident.alerts.first?.endsAt == nil)
    }

    @Test func everyTruncationIsRefusedAsAnInputError() {
        let original = Array(Self.seed.utf8)
        for length in 0..<original.count {
            #expect(decodingError(Array(original.prefix(length))) != nil, "prefix of \(length) bytes decoded")
        }
    }

    @Test func randomMutationsAndTruncationsNeverTrap() {
        let original = Array(Self.seed.utf8)
        let interesting: [UInt8] = Array(#"{}[]",:\-+.eE0123456789 tfnu"#.utf8) + [0x00, 0x0A, 0xFF, 0xC3, 0x80]
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        var successes = 0
        var failures = 0
        for _ in 0..<2000 {
            var bytes = original
            for _ in 0..<(1 + next(4)) {
                switch next(5) {
                case 0: bytes = Array(bytes.prefix(next(bytes.count + 1)))
                case 1 where !bytes.isEmpty: bytes[next(bytes.count)] = interesting[next(interesting.count)]
                case 2 where !bytes.isEmpty: bytes.remove(at: next(bytes.count))
                case 3: bytes.insert(interesting[next(interesting.count)], at: next(bytes.count + 1))
                default:
                    if !bytes.isEmpty {
                        let start = next(bytes.count)
                        let end = min(bytes.count, start + next(40))
                        bytes.insert(contentsOf: bytes[start..<end], at: next(bytes.count + 1))
                    }
                }
            }
            if let error = decodingError(bytes) {
                #expect(!error.message.isEmpty)
                failures += 1
            } else {
                successes += 1
            }
        }
        // Both outcomes must occur, or the mutations are not exercising anything.
        #expect(successes > 0 && failures > 0)
    }
}
