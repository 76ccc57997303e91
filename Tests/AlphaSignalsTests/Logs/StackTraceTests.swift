import AlphaCore
import AlphaSignals
import Testing

@Suite struct StackTraceTests {
    @Test func python() async throws {
        let signals = await LogTestSupport.analyze([
            "2024-01-15 10:23:45,120 ERROR app: Exception on /checkout [POST]",
            "Traceback (most recent call last):",
            "  File \"/usr/lib/python3.12/site-packages/flask/app.py\", line 1463, in wsgi_app",
            "    response = self.full_dispatch_request()",
            "  File \"/app/views.py\", line 42, in checkout",
            "    total = order.total()",
            "AttributeError: 'NoneType' object has no attribute 'total'",
            "2024-01-15 10:23:46,000 INFO app: next request",
        ])
        #expect(signals.totalRecords == 2)
        let trace = try #require(signals.stackTraces.first)
        #expect(trace.language == "python")
        #expect(trace.exceptionType == "AttributeError")
        #expect(trace.message == "'NoneType' object has no attribute 'total'")
        #expect(
            trace.frames == [
                StackFrame(file: "/usr/lib/python3.12/site-packages/flask/app.py", line: 1463, function: "wsgi_app"),
                StackFrame(file: "/app/views.py", line: 42, function: "checkout"),
            ])
        #expect(trace.logIndex == 0)
        #expect(trace.signatureId == signals.signatures.first?.id)
        #expect(signals.signatures.first?.category == .nullReference)
    }

    @Test func java() async throws {
        let signals = await LogTestSupport.analyze([
            "2024-01-15 10:23:45.120 ERROR 1 --- [nio-8080-exec-1] o.a.c.c.C.[dispatcherServlet] : Servlet.service() failed",
            "java.lang.IllegalStateException: Order 42 has no lines",
            "\tat com.shop.OrderService.total(OrderService.java:88)",
            "\tat com.shop.OrderController.checkout(OrderController.java:31)",
            "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
            "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.",
            "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
            "\t... 12 more",
        ])
        #expect(signals.totalRecords == 1)
        let trace = try #require(signals.stackTraces.first)
        #expect(trace.language == "java")
        #expect(trace.exceptionType == "java.lang.IllegalStateException")
        #expect(trace.message == "Order 42 has no lines")
        #expect(
            trace.frames == [
                StackFrame(file: "Native Method", line: nil, function: "java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0"),
                StackFrame(file: "OrderController.java", line: 31, function: "com.shop.OrderController.checkout"),
                StackFrame(file: "OrderService.java", line: 88, function: "com.shop.OrderService.total"),
            ])
        // The root cause's wording decides the category.
        #expect(signals.signatures.first?.category == .poolTimeout)
    }

    @Test func go() async throws {
        let signals = await LogTestSupport.analyze([
            "panic: runtime error: invalid memory address or nil pointer dereference",
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a5b6c]",
            "",
            "goroutine 1 [running]:",
            "main.(*Server).handle(0x0, 0xc000010000)",
            "\t/app/server.go:42 +0x1d",
            "main.main()",
            "\t/app/main.go:12 +0x25",
            "exit status 2",
        ])
        #expect(signals.totalRecords == 1)
        let trace = try #require(signals.stackTraces.first)
        #expect(trace.language == "go")
        #expect(trace.exceptionType == "panic")
        #expect(trace.message == "runtime error: invalid memory address or nil pointer dereference")
        #expect(
            trace.frames == [
                StackFrame(file: "/app/main.go", line: 12, function: "main.main"),
                StackFrame(file: "/app/server.go", line: 42, function: "main.(*Server).handle"),
            ])
        #expect(signals.signatures.first?.level == .fatal)
        #expect(signals.signatures.first?.category == .nullReference)
    }

    @Test func node() async throws {
        let signals = await LogTestSupport.analyze([
            "2024-01-15T10:23:45.120Z error: unhandled rejection",
            "TypeError: Cannot read properties of undefined (reading 'id')",
            "    at getUser (/app/src/users.js:10:15)",
            "    at async Router.handle (/app/node_modules/express/lib/router/index.js:284:7)",
            "    at /app/src/server.js:55:3",
        ])
        #expect(signals.totalRecords == 1)
        let trace = try #require(signals.stackTraces.first)
        #expect(trace.language == "node")
        #expect(trace.exceptionType == "TypeError")
        #expect(trace.message == "Cannot read properties of undefined (reading 'id')")
        #expect(
            trace.frames == [
                StackFrame(file: "/app/src/server.js", line: 55, function: nil),
                StackFrame(file: "/app/node_modules/express/lib/router/index.js", line: 284, function: "Router.handle"),
                StackFrame(file: "/app/src/users.js", line: 10, function: "getUser"),
            ])
    }

    @Test func traceInsideOneJSONField() async throws {
        let line =
            #"{"time":"2024-01-15T10:23:45Z","level":"error","event":"job failed","exception":"Traceback (most recent call last):\n  File \"/app/jobs.py\", line 7, in run\n    x()\nKeyError: 'sku'"}"#
        let signals = await LogTestSupport.analyze([line])
        let trace = try #require(signals.stackTraces.first)
        #expect(trace.frames == [StackFrame(file: "/app/jobs.py", line: 7, function: "run")])
        #expect(trace.exceptionType == "KeyError")
        #expect(signals.signatures.first?.template == "job failed | KeyError: '<*>'")
    }
}
