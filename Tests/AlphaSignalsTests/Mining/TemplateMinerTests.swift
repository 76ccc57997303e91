import AlphaSignals
import Testing

@Suite("TemplateMiner")
struct TemplateMinerTests {
    @Test("lines that differ only in variables share one template")
    func variablesShareTemplate() throws {
        var miner = TemplateMiner()
        let a = miner.addMessage("Received block blk_-1608999687919862906 of size 91178 from /10.250.10.6")
        let b = miner.addMessage("Received block blk_7503483334202473044 of size 233217 from /10.250.19.102")
        let c = miner.addMessage("Received block blk_3 of size 7 from /10.1.1.1")
        #expect(a == b)
        #expect(b == c)
        let report = miner.report()
        #expect(report.templates.count == 1)
        let template = try #require(report.templates.first)
        #expect(template.template == "Received block <*> of size <*> from <*>")
        #expect(template.count == 3)
        #expect(template.firstOrdinal == 1)
        #expect(template.lastOrdinal == 3)
        #expect(template.example == "Received block blk_-1608999687919862906 of size 91178 from /10.250.10.6")
    }

    @Test("different events get different templates, even when only one word differs")
    func differentEvents() {
        var miner = TemplateMiner()
        let paused = miner.addMessage("[instance: 3edec1e4-9678-4a3a-a21b-a145a4ee5e61] VM Paused (Lifecycle Event)")
        let resumed = miner.addMessage("[instance: 3edec1e4-9678-4a3a-a21b-a145a4ee5e61] VM Resumed (Lifecycle Event)")
        let opened = miner.addMessage("session opened for user root by (uid=0)")
        let closed = miner.addMessage("session closed for user root")
        #expect(Set([paused, resumed, opened, closed]).count == 4)
        #expect(miner.report().templates.count == 4)
    }

    @Test("a literal in a slot that elsewhere holds variables becomes a variable at report time")
    func siblingSlot() {
        var miner = TemplateMiner()
        let ip = miner.addLine(bytes: "authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=218.188.2.4")
        let host = miner.addLine(bytes: "authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=zummit.com")
        let word = miner.addLine(bytes: "authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=localhost")
        let report = miner.report()
        #expect(report.templateIndex(ofCluster: ip) == report.templateIndex(ofCluster: host))
        #expect(report.templateIndex(ofCluster: ip) == report.templateIndex(ofCluster: word))
        #expect(report.template(ofCluster: ip)?.template == "authentication failure; logname= uid=<*> euid=<*> tty=NODEVssh ruser= rhost=<*>")
    }

    @Test("a word slot with many values becomes a variable instead of a cluster per value")
    func crowdedWordSlot() {
        var miner = TemplateMiner()
        let names = (0..<40).map { k in String(UnicodeScalar(UInt8(97 + k % 26))) + String(repeating: "x", count: 1 + k / 26) + "user" }
        for name in names { miner.addMessage("login accepted for \(name) via ssh") }
        miner.addMessage("login refused for mallory via ssh")
        let report = miner.report()
        #expect(miner.clusterCount < 20)
        #expect(report.templates.first?.template == "login accepted for <*> via ssh")
        #expect(report.templates.first?.count == 40)
        // The id returned for a line follows the generalised template.
        #expect(miner.addMessage("login accepted for zed via ssh") == TemplateID(templateText: "login accepted for <*> via ssh"))
        // A different event, same shape, stays apart: `refused` is not one of the crowded slot's values.
        #expect(report.templates.count == 2)
    }

    @Test("template ids are the hash of the template text, the same in a fresh miner (stable across restarts)")
    func stableIDs() throws {
        var first = TemplateMiner()
        var second = TemplateMiner()
        first.addMessage("worker 12 finished job 99 in 31 seconds")
        second.addMessage("something else entirely")
        second.addMessage("worker 7 finished job 1 in 2 seconds")
        let a = try #require(first.report().templates.first)
        let b = try #require(second.report().templates.last)
        #expect(a.template == "worker <*> finished job <*> in <*> seconds")
        #expect(a.id == b.id)
        #expect(a.id == TemplateID(templateText: "worker <*> finished job <*> in <*> seconds"))
        // FNV-1a 64 of the empty string, as 16 hex digits.
        #expect(TemplateID(templateText: "").description == "cbf29ce484222325")
        #expect(TemplateID(hex: a.id.description) == a.id)
    }

    @Test("the header is split off raw lines; addMessage takes a message as is")
    func headerSplitting() throws {
        var miner = TemplateMiner()
        let line = miner.addLine(bytes: "17/06/09 20:10:40 INFO spark.SecurityManager: Changing view acls to: yarn,curi")
        let message = miner.addMessage(bytes: "Changing view acls to: yarn,curi")
        #expect(line == message)
        #expect(miner.report().templates.first?.template == "Changing view acls to: yarn,curi")
    }

    @Test("the cluster cap holds: new shapes past it join a catch-all instead of growing memory")
    func clusterCap() {
        var miner = TemplateMiner(configuration: MinerConfiguration(maxClusters: 3))
        for word in ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"] {
            miner.addMessage("\(word) happened")
            miner.addMessage("unique \(word) event here now")
        }
        #expect(miner.clusterCount <= 4)
        #expect(miner.messageCount == 12)
        #expect(miner.report().templates.reduce(0) { $0 + $1.count } == 12)
    }
}

extension TemplateMiner {
    /// Test helper: `addLine` from a string.
    mutating func addLine(bytes text: String) -> Int {
        var copy = text
        return copy.withUTF8 { addLine($0) }
    }

    /// Test helper: `addMessage` from a string, returning the cluster index.
    mutating func addMessage(bytes text: String) -> Int {
        var copy = text
        return copy.withUTF8 { addMessage($0) }
    }
}
