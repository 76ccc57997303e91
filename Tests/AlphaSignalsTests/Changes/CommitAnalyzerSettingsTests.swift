import AlphaCore
import AlphaSignals
import Testing

@Suite struct CommitAnalyzerSettingsTests {
    @Test func retriesRaisedAndBackoffRemoved() throws {
        let python =
            "-session.mount(\"https://\", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))\n+session.mount(\"https://\", HTTPAdapter(max_retries=Retry(total=10)))"
        let found = analyze("app/http.py", python, kind: .retryChanged)
        #expect(!found.isEmpty)
        let js = "   const client = axios.create({\n-    retries: 2,\n+    retries: 8,\n   });"
        let finding = try #require(analyze("src/client.ts", js, kind: .retryChanged).first)
        #expect(finding.oldValue == 2 && finding.newValue == 8 && finding.detail.contains("raised"))
        let backoff = "-    backoff = ExponentialBackoff(base=0.2)\n     for attempt in range(5):"
        #expect(analyze("app/worker.py", backoff, kind: .retryChanged).count == 1)
    }

    @Test func timeoutChangedGoAndYAML() throws {
        let go = "-\tclient := &http.Client{Timeout: 30 * time.Second}\n+\tclient := &http.Client{Timeout: 2 * time.Second}"
        let finding = try #require(analyze("internal/payments/client.go", go, kind: .timeoutChanged).first)
        #expect(finding.oldValue == 30 && finding.newValue == 2 && finding.detail.contains("lowered"))
        let yaml = " upstream:\n-  read_timeout: 500ms\n+  read_timeout: 5s"
        let yamlFinding = try #require(analyze("config/gateway.yaml", yaml, kind: .timeoutChanged).first)
        #expect(yamlFinding.oldValue == 0.5 && yamlFinding.newValue == 5)
    }

    @Test func costRaisedPythonAndJavaScript() throws {
        let python = "-    hashed = bcrypt.hashpw(password, bcrypt.gensalt(10))\n+    hashed = bcrypt.hashpw(password, bcrypt.gensalt(14))"
        let finding = try #require(analyze("app/auth.py", python, kind: .costRaised).first)
        #expect(finding.oldValue == 10 && finding.newValue == 14)
        let js = "-const SALT_ROUNDS = 10;\n+const SALT_ROUNDS = 15;"
        #expect(analyze("src/auth/hash.js", js, kind: .costRaised).first?.newValue == 15)
        let lowered = "-    hashed = bcrypt.hashpw(password, bcrypt.gensalt(14))\n+    hashed = bcrypt.hashpw(password, bcrypt.gensalt(12))"
        #expect(analyze("app/auth.py", lowered, kind: .costRaised).isEmpty)
    }

    @Test func endpointChangedInCodeAndEnv() throws {
        let python = "-PAYMENTS_URL = \"https://payments.internal:8443/v1\"\n+PAYMENTS_URL = \"https://payments-v2.internal:8443/v1\""
        let finding = try #require(analyze("app/settings.py", python, kind: .endpointChanged).first)
        #expect(finding.names.contains("payments-v2.internal"))
        #expect(finding.before?.contains("payments.internal") == true)
        let env = "-REDIS_HOST=redis-primary\n+REDIS_HOST=redis-replica"
        #expect(analyze(".env", env, kind: .endpointChanged).count == 1)
        let port = " database:\n-  port: 5432\n+  port: 6432"
        #expect(analyze("config/database.yml", port, kind: .endpointChanged).first?.newValue == 6432)
    }

    @Test func tlsChangedPythonGoAndCertPath() {
        let python = "-    resp = requests.get(url, timeout=5)\n+    resp = requests.get(url, timeout=5, verify=False)"
        #expect(analyze("app/client.py", python, kind: .tlsChanged).count == 1)
        let go = "+\ttr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}"
        #expect(analyze("pkg/http/client.go", go, kind: .tlsChanged).count == 1)
        let cert = "-  ssl_cert_path: /etc/ssl/api.pem\n+  ssl_cert_path: /etc/ssl/api-2026.pem"
        #expect(analyze("config/server.yaml", cert, kind: .tlsChanged).count == 1)
    }

    @Test func rateLimitChangedPythonAndConfig() {
        let python = "-@limiter.limit(\"100/minute\")\n+@limiter.limit(\"10/minute\")\n def checkout():"
        let finding = analyze("app/api.py", python, kind: .rateLimitChanged)
        #expect(finding.first?.oldValue == 100 && finding.first?.newValue == 10)
        let yaml = " ratelimit:\n-  requests_per_second: 500\n+  requests_per_second: 50"
        #expect(analyze("deploy/gateway.yaml", yaml, kind: .rateLimitChanged).count == 1)
    }

    @Test func diskWriteAddedDebugLoggingAndTempFiles() {
        let python = "-logging.basicConfig(level=logging.INFO)\n+logging.basicConfig(level=logging.DEBUG, filename=\"/var/log/app/debug.log\")"
        #expect(!analyze("app/main.py", python, kind: .diskWriteAdded).isEmpty)
        let properties = "-logging.level.root=INFO\n+logging.level.root=DEBUG"
        #expect(analyze("src/main/resources/application.properties", properties, kind: .diskWriteAdded).count == 1)
        let temp = " def export(rows):\n+    fd, path = tempfile.mkstemp(suffix=\".csv\")\n+    write_rows(fd, rows)\n+    return path"
        #expect(analyze("app/export.py", temp, kind: .diskWriteAdded).count == 1)
        let cleaned = temp + "\n+    os.remove(path)"
        #expect(analyze("app/export.py", cleaned, kind: .diskWriteAdded).isEmpty)
        // A debug log call is not a level change.
        #expect(analyze("app/main.py", "+    logger.debug(\"payload %s\", payload)", kind: .diskWriteAdded).isEmpty)
    }
}
