/// The language and libraries whose wording the logs use. Python (FastAPI, SQLAlchemy, psycopg2, redis-py, httpx)
/// is the modelled service; Java (Spring, HikariCP, Lettuce) and Go (net/http, pgx, go-redis) reword the same events.
/// Java and Go are only chosen for incidents whose culprit is not a code diff, since the diffs are Python.
public enum Stack: String, Sendable, CaseIterable {
    case python, java, go
}
