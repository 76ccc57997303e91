import AlphaSignals
import Testing

/// A few raw Loghub-2k lines (logpai/loghub, HDFS and Linux), copied inline with their true event ids.
@Suite("Loghub fixtures")
struct LoghubFixtureTests {
    static let lines: [(String, String)] = [
        ("081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_38865049064139660 terminating", "E10"),
        ("081109 203807 222 INFO dfs.DataNode$PacketResponder: PacketResponder 0 for block blk_-6952295868487656571 terminating", "E10"),
        (
            "081109 204005 35 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.251.73.220:50010 is added to blk_7128370237687728475 size 67108864",
            "E6"
        ),
        (
            "081109 204842 663 INFO dfs.DataNode$DataXceiver: Receiving block blk_1724757848743533110 src: /10.251.111.130:49851 dest: /10.251.111.130:50010",
            "E13"
        ),
        (
            "081109 204908 31 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.251.111.130:50010 is added to blk_-5815145248455404269 size 67108864",
            "E6"
        ),
        (
            "081109 205035 28 INFO dfs.DataNode$DataXceiver: Receiving block blk_-4411589101766563890 src: /10.250.14.38:35586 dest: /10.250.14.38:50010",
            "E13"
        ),
        ("Jun 14 15:16:02 combo sshd(pam_unix)[19937]: check pass; user unknown", "E27"),
        (
            "Jun 14 15:16:01 combo sshd(pam_unix)[19939]: authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=218.188.2.4 ",
            "E16"
        ),
        (
            "Jun 15 02:04:59 combo sshd(pam_unix)[20882]: authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=220-135-151-1.hinet-ip.hinet.net  user=root",
            "E18"
        ),
        (
            "Jun 15 02:04:59 combo sshd(pam_unix)[20884]: authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=220-135-151-1.hinet-ip.hinet.net  user=root",
            "E18"
        ),
        ("Jun 17 07:07:00 combo ftpd[29504]: connection from 24.54.76.216 (24-54-76-216.bflony.adelphia.net) at Fri Jun 17 07:07:00 2005 ", "E29"),
        ("Jun 18 02:23:10 combo ftpd[31277]: connection from 210.245.165.136 () at Sat Jun 18 02:23:10 2005 ", "E29"),
        ("Jun 15 04:06:18 combo su(pam_unix)[21416]: session opened for user cyrus by (uid=0)", "E102"),
        ("Jun 15 04:06:19 combo su(pam_unix)[21416]: session closed for user cyrus", "E101"),
    ]

    @Test("the miner groups these lines exactly like the ground truth (GA 1)")
    func grouping() {
        var miner = TemplateMiner()
        let clusters = Self.lines.map { line, _ in
            var copy = line
            return copy.withUTF8 { miner.addLine($0) }
        }
        let report = miner.report()
        let predicted = clusters.map { report.templateIndex(ofCluster: $0) ?? -1 }
        #expect(GroupingAccuracy.groupingAccuracy(predicted: predicted, truth: Self.lines.map(\.1)) == 1.0)
        #expect(report.templates.count == Set(Self.lines.map(\.1)).count)
    }
}
