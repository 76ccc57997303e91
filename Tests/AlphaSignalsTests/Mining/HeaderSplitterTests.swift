import AlphaSignals
import Testing

@Suite("HeaderSplitter")
struct HeaderSplitterTests {
    func message(_ line: String) -> String {
        var copy = line
        return copy.withUTF8 { bytes in
            String(decoding: bytes[HeaderSplitter.messageStart(in: bytes)...], as: UTF8.self)
        }
    }

    @Test(
        "finds the message of common header shapes with one set of generic rules",
        arguments: [
            // level + component:
            (
                "081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_38865049064139660 terminating",
                "PacketResponder 1 for block blk_38865049064139660 terminating"
            ),
            ("17/06/09 20:10:40 INFO spark.SecurityManager: Changing view acls to: yarn,curi", "Changing view acls to: yarn,curi"),
            // logcat one-letter level after pid/tid:
            ("03-17 16:13:38.819  1702  8671 D PowerManagerService: acquire lock=233570404", "acquire lock=233570404"),
            // syslog program[pid]:
            ("Jun 14 15:16:02 combo sshd(pam_unix)[19937]: check pass; user unknown", "check pass; user unknown"),
            (
                "Jul  1 09:00:55 calvisitor-10-105-160-95 kernel[0]: IOThunderboltSwitch<0>(0x0)::listenerCallback",
                "IOThunderboltSwitch<0>(0x0)::listenerCallback"
            ),
            // pipe-separated:
            ("20171223-22:15:29:606|Step_LSC|30002312|onStandStepChanged 3579", "onStandStepChanged 3579"),
            // level + dotted component + [context]:
            (
                "nova-api.log.1.2017-05-16_13:53:08 2017-05-16 00:00:00.008 25746 INFO nova.osapi_compute.wsgi.server [req-38101a0b - - -] 10.11.10.1 \"GET /v2\"",
                "10.11.10.1 \"GET /v2\""
            ),
            // numeric record header:
            ("134681 node-246 unix.hw state_change.unavailable 1077804742 1 Component State Change: Component", "Component State Change: Component"),
            // ISO timestamp + bracketed level:
            ("2024-03-05T10:00:01.123Z [ERROR] payment failed for order 7", "payment failed for order 7"),
            // nothing to split:
            ("plain message without header", "plain message without header"),
            ("", ""),
        ])
    func splits(_ line: String, _ expected: String) {
        #expect(message(line) == expected)
    }
}
