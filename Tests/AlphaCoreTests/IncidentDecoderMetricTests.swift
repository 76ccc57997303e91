import AlphaCore
import Testing

@Suite struct IncidentDecoderMetricTests {
    @Test func mapFormBareAndObjectSeries() throws {
        let incident = try decodeIncident(
            incidentJSON(
                #""metrics":{"http_latency":[[1714557600,0.25],[1714557615.5,1e-3],[1714557630,-2.5E+2]],"#
                    + #""http.server.duration":{"unit":"ms","labels":{"service":"api","env":"prod"},"points":[["2024-05-01T10:00:00Z",12],[1714557600123,"13.5"]]}}"#
            ))
        #expect(
            incident.metrics == [
                MetricSeries(name: "http_latency", timestamps: [1_714_557_600, 1_714_557_615.5, 1_714_557_630], values: [0.25, 0.001, -250]),
                MetricSeries(
                    name: "http.server.duration", labels: [("env", "prod"), ("service", "api")], unit: "ms",
                    timestamps: [1_714_557_600, 1_714_557_600.123], values: [12, 13.5]),
            ])
    }

    @Test func prometheusResultArrayWithNaNAndInfinities() throws {
        let incident = try decodeIncident(
            incidentJSON(
                #""metrics":[{"metric":{"__name__":"up","job":"api","instance":"a:1"},"values":[[1714557600,"1"],[1714557615,"NaN"],[1714557630,"+Inf"],[1714557645,"-Inf"],[1714557660,"Inf"]]},"#
                    + #"{"metric":{"job":"db"},"value":[1714557600.5,"0.5"]}]"#))
        #expect(incident.metrics.count == 2)
        let up = try #require(incident.metrics.first)
        #expect(up.name == "up")
        #expect(up.labels.map(\.key) == ["instance", "job"])
        #expect(up.timestamps == [1_714_557_600, 1_714_557_615, 1_714_557_630, 1_714_557_645, 1_714_557_660])
        #expect(up.values[0] == 1 && up.values[1].isNaN && up.values[2] == .infinity && up.values[3] == -.infinity && up.values[4] == .infinity)
        #expect(incident.metrics[1] == MetricSeries(name: #"{job="db"}"#, labels: [("job", "db")], timestamps: [1_714_557_600.5], values: [0.5]))
    }

    @Test func wholePrometheusResponse() throws {
        let incident = try decodeIncident(
            incidentJSON(
                #""metrics":{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"rate"},"values":[[1,"2"]]}]}}"#))
        #expect(incident.metrics == [MetricSeries(name: "rate", timestamps: [1], values: [2])])
    }

    @Test func prometheusErrorResponseIsAnInputError() {
        let error = decodingError(incidentJSON(#""metrics":{"status":"error","errorType":"bad_data","error":"parse error at char 4"}"#))
        #expect(error?.description == "metrics: the Prometheus response is an error (errorType: bad_data): parse error at char 4")
    }

    @Test(arguments: [
        ("1.5", 1.5), ("-0.000123", -0.000123), ("1e5", 1e5), ("1E-7", 1e-7), ("2.5e+300", 2.5e300),
        ("123456789012345678901234", 123456789012345678901234.0),
        ("0.1", 0.1), ("9007199254740993", 9007199254740993.0), ("4.9e-324", 4.9e-324), ("1.7976931348623157e308", 1.7976931348623157e308),
        ("0.30000000000000004", 0.30000000000000004), ("-0", -0.0), ("1e400", Double.infinity),
    ])
    func numbersAreCorrectlyRounded(text: String, expected: Double) throws {
        let incident = try decodeIncident(incidentJSON(#""metrics":{"m":[[1,"# + text + "]]}"))
        #expect(incident.metrics.first?.values == [expected])
        let quoted = try decodeIncident(incidentJSON(#""metrics":{"m":[[1,""# + text + #""]]}"#))
        #expect(quoted.metrics.first?.values == [expected])
    }

    @Test func badValueNamesTheExactPoint() {
        var points = (0..<17).map { "[\($0),1]" }
        points.append(#"[17,"abc"]"#)
        let json = incidentJSON(#""metrics":{"http_latency":{"points":["# + points.joined(separator: ",") + "]}}")
        #expect(decodingError(json)?.description == #"metrics.http_latency.points[17][1]: expected a number, found "abc""#)
    }

    @Test func dottedNamesAreQuotedInPaths() {
        let error = decodingError(incidentJSON(#""metrics":{"http.server.duration":[[1,2,3]]}"#))
        #expect(error?.description == #"metrics["http.server.duration"][0][2]: expected a [timestamp, value] pair, found more than two elements"#)
    }

    @Test func badTimestampInPoint() {
        let error = decodingError(incidentJSON(#""metrics":[{"metric":{},"values":[["yesterday","1"]]}]"#))
        #expect(error?.description == #"metrics[0].values[0][0]: expected an RFC 3339 timestamp or epoch seconds, found "yesterday""#)
    }

    @Test func nonNumericStringsAreNotNumbers() {
        for text in ["1.", ".5", "01", "1e", "nan1", "", " 1"] {
            let error = decodingError(incidentJSON(#""metrics":{"m":[[1,""# + text + #""]]}"#))
            #expect(error?.location == "metrics.m[0][1]", "\(text)")
        }
    }

    @Test func aSeriesNamedDataInTheMapForm() throws {
        let incident = try decodeIncident(incidentJSON(#""metrics":{"data":{"unit":"bytes","points":[[1,2]]}}"#))
        #expect(incident.metrics == [MetricSeries(name: "data", unit: "bytes", timestamps: [1], values: [2])])
    }

    @Test func unsupportedResultTypeIsRefused() {
        let error = decodingError(incidentJSON(#""metrics":{"data":{"result":[],"resultType":"scalar"}}"#))
        #expect(error?.description == #"metrics.data: unsupported Prometheus resultType "scalar" (expected matrix or vector)"#)
    }

    @Test func seriesObjectWithoutPointsIsRefused() {
        #expect(decodingError(incidentJSON(#""metrics":{"m":{"unit":"s"}}"#))?.description == "metrics.m: series has no points")
    }
}
