import AlphaSignals
import Testing

@Suite("Token masking")
struct TokenMaskingTests {
    func template(_ message: String) -> String? {
        var miner = TemplateMiner()
        miner.addMessage(message)
        return miner.report().templates.first?.template
    }

    @Test(
        "variable token classes are written <*>",
        arguments: [
            ("took 1234 ms", "took <*>"),
            ("took 1234 seconds", "took <*> seconds"),
            ("retry 3 of 5", "retry <*> of <*>"),
            ("connect to 10.0.0.1:5432 failed", "connect to <*> failed"),
            ("digest 9f86d081884c7d65 ok", "digest <*> ok"),
            ("mask ffffffff set", "mask <*> set"),
            ("open /var/lib/app/data failed", "open <*> failed"),
            ("resolved zummit.com quickly", "resolved <*> quickly"),
            ("uid=10037, pid=2227", "uid=<*>, pid=<*>"),
            ("tag=\"RILJ_ACK_WL\" held", "tag=\"<*>\" held"),
            ("session (uid=0) opened", "session (uid=<*>) opened"),
            ("size 91178 KB used", "size <*> used"),
            ("ids 1 2 3 4 5 done", "ids <*> done"),
            ("at Fri Jun 17 20:55:07 2005", "at <*>"),
        ])
    func masks(_ input: String, _ expected: String) {
        #expect(template(input) == expected)
    }

    @Test("words, dotted names with long last labels and short hex-looking words stay literal")
    func literals() {
        #expect(template("onReceive action: android.intent.action.SCREEN_ON") == "onReceive action: android.intent.action.SCREEN_ON")
        #expect(template("cache added face") == "cache added face")
        #expect(template("VM Paused (Lifecycle Event)") == "VM Paused (Lifecycle Event)")
    }
}
