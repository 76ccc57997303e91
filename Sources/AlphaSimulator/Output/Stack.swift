/// The language and libraries whose wording the logs use. Python (FastAPI, SQLAlchemy, psycopg2, redis-py, httpx)
/// is the modelled service; Java (Spring, HikariCP, Lettuce) and Go (net/http, pgx, go-redis) reword the same events.
/// Commits are written in the stack's language too (`StackTranslation`).
public enum Stack: String, Sendable, CaseIterable {
    case python, java, go
}
