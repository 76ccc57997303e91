import AlphaCore
import Testing

@Suite struct IncidentDecoderChangeTests {
    @Test func commitsInBothDiffForms() throws {
        let incident = try decodeIncident(
            incidentJSON(
                #""recent_commits":[{"sha":"abc123","author":"Ana <ana@x.io>","timestamp":"2024-01-15T10:23:45Z","message":"fix","diff":"diff --git a/x b/x\n-a\n+b\n"},"#
                    + #"{"sha":"def456","author":{"name":"Tom","email":"tom@x.io"},"date":1705314225,"files":[{"filename":"a.py","status":"modified","additions":3,"deletions":1,"patch":"@@ -1 +1 @@"},{"path":"b.py"}]}]"#
            ))
        #expect(
            incident.commits == [
                Commit(sha: "abc123", author: "Ana <ana@x.io>", timestamp: 1_705_314_225, message: "fix", diff: "diff --git a/x b/x\n-a\n+b\n"),
                Commit(
                    sha: "def456", author: "Tom <tom@x.io>", timestamp: 1_705_314_225,
                    files: [CommitFile(path: "a.py", status: "modified", additions: 3, deletions: 1, patch: "@@ -1 +1 @@"), CommitFile(path: "b.py")]),
            ])
    }

    @Test func gitHubNestedCommitDetail() throws {
        let incident = try decodeIncident(
            incidentJSON(
                #""recent_commits":[{"sha":"s","commit":{"author":{"name":"Mei","email":"m@x","date":"2024-01-15T10:23:45Z"},"message":"m"}}]"#))
        #expect(incident.commits == [Commit(sha: "s", author: "Mei <m@x>", timestamp: 1_705_314_225, message: "m")])
    }

    @Test func commitWithoutShaIsRefused() {
        #expect(decodingError(incidentJSON(#""recent_commits":[{"sha":"a"},{"author":"x"}]"#))?.description == "recent_commits[1]: commit has no sha")
    }

    @Test func configDiffForm() throws {
        let incident = try decodeIncident(incidentJSON(#""config_snapshot":{"previous":{"pool":20},"current":{"pool":5,"tls":{"on":true}}}"#))
        #expect(
            incident.config
                == ConfigSnapshot(
                    previous: JSONObject([("pool", .number(20))]),
                    current: JSONObject([("pool", .number(5)), ("tls", .object(JSONObject([("on", .bool(true))])))])))
    }

    @Test func configOnlyPreviousHasEmptyCurrent() throws {
        let incident = try decodeIncident(incidentJSON(#""config_snapshot":{"previous":{"a":"1"}}"#))
        #expect(incident.config == ConfigSnapshot(previous: JSONObject([("a", .string("1"))]), current: JSONObject()))
    }

    @Test func configWholeObjectIsCurrent() throws {
        let incident = try decodeIncident(incidentJSON(#""config_snapshot":{"current":{"a":1},"replicas":3,"tags":["x",null]}"#))
        #expect(
            incident.config
                == ConfigSnapshot(
                    current: JSONObject([
                        ("current", .object(JSONObject([("a", .number(1))]))), ("replicas", .number(3)), ("tags", .array([.string("x"), .null])),
                    ])))
    }

    @Test func alertsArrayAndWebhookPayload() throws {
        let alert =
            #"{"status":"firing","labels":{"alertname":"HighErrorRate","severity":"page"},"annotations":{"summary":"5xx"},"#
            + #""startsAt":"2024-01-15T10:23:45Z","endsAt":"0001-01-01T00:00:00Z","fingerprint":"f1","generatorURL":"http://x"}"#
        let expected = Alert(
            status: "firing", labels: [("alertname", "HighErrorRate"), ("severity", "page")], annotations: [("summary", "5xx")],
            startsAt: 1_705_314_225, endsAt: nil, fingerprint: "f1")
        #expect(try decodeIncident(incidentJSON(#""alerts":["# + alert + "]")).alerts == [expected])
        let payload = #""alerts":{"receiver":"pd","status":"firing","alerts":["# + alert + #"],"groupLabels":{"a":"b"},"version":"4"}"#
        #expect(try decodeIncident(incidentJSON(payload)).alerts == [expected])
    }

    @Test func topLevelFieldsAndTimestamps() throws {
        let incident = try decodeIncident(
            #"{"incident_id":"INC-1","deployment_id":42,"title":"t","service":"api","detected_at":"2024-01-15T12:23:45+02:00","deployed_at":1705314225000}"#
        )
        #expect(incident.incidentId == "INC-1")
        #expect(incident.deploymentId == "42")
        #expect(incident.title == "t")
        #expect(incident.service == "api")
        #expect(incident.detectedAt == 1_705_314_225)
        #expect(incident.deployedAt == 1_705_314_225)
        #expect(incident.logs.isEmpty && incident.metrics.isEmpty && incident.commits.isEmpty && incident.alerts.isEmpty && incident.config == nil)
    }

    @Test func unknownFieldsAreIgnoredAtEveryLevel() throws {
        let incident = try decodeIncident(
            #"{"x":{"deep":[1,{"a":[true,false,null,"s\"\\"]}]},"deployment_id":"d","metrics":{"m":{"points":[[1,2]],"extra":{"q":1}}},"#
                + #""recent_commits":[{"sha":"s","parents":[{"sha":"p"}]}],"alerts":[{"labels":{},"extra":[1]}],"y":-1.5e3}"#)
        #expect(incident.deploymentId == "d")
        #expect(incident.metrics == [MetricSeries(name: "m", timestamps: [1], values: [2])])
        #expect(incident.commits == [Commit(sha: "s")])
        #expect(incident.alerts == [Alert()])
    }
}
