/// The rule tables. Needles are lowercase; comments were stripped before matching.
enum LineRules {
    /// Rules fired by an added line.
    static let additions: [LineRule] = [
        LineRule(
            kind: .lockingAdded, languages: [.python],
            needles: ["with_for_update", "select_for_update", "for update", "lock table", "pg_advisory_lock", "for share"],
            action: "added row/table locking"),
        LineRule(
            kind: .lockingAdded, languages: [.javascript],
            needles: [
                "for update", "lock table", ".forupdate(", "lock: true", "lock: transaction.lock", "lock: t.lock", "pessimistic_write", ".setlock(",
            ],
            action: "added row/table locking"),
        LineRule(
            kind: .lockingAdded, languages: [.java],
            needles: ["@lock(", "for update", "lock table", "lockmodetype.pessimistic", "pessimistic_write", "pessimistic_read", "forupdate("],
            action: "added row/table locking"),
        LineRule(
            kind: .lockingAdded, languages: [.go], needles: ["for update", "lock table", "clause.locking", "strength: \"update\""],
            action: "added row/table locking"),
        LineRule(
            kind: .lockingAdded, languages: [.ruby], needles: [".lock(", ".lock.", ".lock!", "with_lock", "for update", "lock table"],
            action: "added row/table locking"),
        LineRule(kind: .lockingAdded, languages: [.sql], needles: ["for update", "lock table", "for share"], action: "added row/table locking"),
        LineRule(
            kind: .tlsChanged, languages: SourceLanguage.all,
            needles: [
                "verify=false", "verify:false", "rejectunauthorized:false", "insecureskipverify:true", "ssl.cert_none", "cert_none",
                "check_hostname=false", "sslmode=disable", "sslmode:disable", "ssl_verify:false", "ssl_verify=false", "verify_ssl=false",
                "verify_ssl:false", "node_tls_reject_unauthorized", "verify_none", "trustallcerts", "noophostnameverifier",
                "ssl=false", "ssl:false", "tls:false", "tls=false", "insecure=true", "insecure:true", "sslverify=false",
            ],
            compact: true, action: "TLS verification disabled"),
        LineRule(
            kind: .indexDropped, languages: [.python],
            needles: ["op.drop_index(", "batch_op.drop_index(", "migrations.removeindex(", "drop index"], action: "dropped an index"),
        LineRule(kind: .indexDropped, languages: [.ruby], needles: ["remove_index", "drop index"], action: "dropped an index"),
        LineRule(
            kind: .indexDropped, languages: [.javascript],
            needles: ["queryinterface.removeindex(", "table.dropindex(", ".dropindex(", "drop index"], action: "dropped an index"),
        LineRule(kind: .indexDropped, languages: [.java, .go, .sql], needles: ["drop index"], action: "dropped an index"),
        LineRule(
            kind: .indexCreated, languages: [.python],
            needles: ["op.create_index(", "batch_op.create_index(", "migrations.addindex(", "create index", "create unique index"],
            action: "created an index"),
        LineRule(kind: .indexCreated, languages: [.ruby], needles: ["add_index", "t.index ", "create index"], action: "created an index"),
        LineRule(
            kind: .indexCreated, languages: [.javascript],
            needles: ["queryinterface.addindex(", "table.index(", ".createindex(", "@@index(", "create index", "create unique index"],
            action: "created an index"),
        LineRule(kind: .indexCreated, languages: [.java, .go, .sql], needles: ["create index", "create unique index"], action: "created an index"),
    ]

    /// Added lines that make a migration (one finding per file).
    static let migrationNeedles: [String] = [
        "op.create_table(", "op.add_column(", "op.drop_column(", "op.alter_column(", "op.drop_table(", "op.rename_table(",
        "migrations.addfield(", "migrations.alterfield(", "migrations.removefield(", "migrations.createmodel(", "migrations.runsql(",
        "migrations.deletemodel(", "create_table ", "create_table(", "add_column ", "remove_column ", "change_column ", "rename_column ",
        "alter table", "create table", "drop table", "drop column", "add column", ".createtable(", ".addcolumn(", ".altertable(",
        "schema.createtable", "schema.altertable", "queryinterface.",
    ]

    /// Added lines that issue a query (query_changed; the columns go in `names`).
    static let queryCalls: [SourceLanguage: [String]] = [
        .python: [
            ".filter(", ".filter_by(", ".where(", ".order_by(", ".exclude(", "session.query(", ".outerjoin(", ".objects.get(", ".group_by(",
        ],
        .javascript: [
            ".where(", ".andwhere(", ".orwhere(", ".orderby(", "where: {", "where:{", "orderby: {", "orderby: [", "order: [", ".findall(",
            ".findone(", ".findmany(", ".findfirst(", ".findunique(", ".findoneby(", ".findby(", "createquerybuilder(",
        ],
        .java: ["findby", "findallby", "findfirstby", "findtopby", "countby", "existsby", "@query(", ".where(", "criteriabuilder.", ".orderby("],
        .go: [".where(", ".order(", ".joins(", ".query(", ".queryrow(", ".querycontext(", ".queryrowcontext("],
        .ruby: [".where(", ".where.not(", ".order(", ".find_by(", ".find_by_", ".joins(", ".reorder("],
        .sql: ["where ", "order by", " join ", "group by"],
    ]

    /// Query calls that, added inside a loop body, make one query per item.
    static let loopQueryCalls: [SourceLanguage: [String]] = [
        .python: [
            "session.query(", ".query.", ".objects.", ".execute(", ".filter(", ".filter_by(", "session.get(", "db.get(", ".scalar(",
            ".scalars(", "select(",
        ],
        .javascript: [
            ".findone(", ".findbypk(", ".findall(", ".findunique(", ".findfirst(", ".findmany(", ".query(", "knex(", ".where(",
            ".findoneby(", ".count(",
        ],
        .java: ["repository.find", "repo.find", ".findbyid(", "entitymanager.find(", "jdbctemplate.query", ".createquery("],
        .go: [".query(", ".queryrow(", ".querycontext(", ".queryrowcontext(", ".first(&", ".find(&", ".where("],
        .ruby: [".find(", ".find_by(", ".where(", ".count", ".exists?", ".pluck("],
    ]

    /// Calls whose CPU cost is meant to be paid once (at start-up, per request), not once per item of a loop: compiling a
    /// regular expression, a deliberately slow password hash or key derivation, a deep copy, parsing YAML.
    static let loopCostlyCalls: [String] = [
        "re.compile(", "regexp.mustcompile(", "regexp.compile(", "pattern.compile(", "new regexp(", "regexp.new(", "regex::new(",
        "bcrypt.", "hashpw(", "pbkdf2", "scrypt(", "argon2", "copy.deepcopy(", "yaml.safe_load(", "yaml.load(",
    ]

    /// Outbound HTTP calls (compact form: no spaces). Added inside a loop, they send one request per item to a
    /// dependency, multiplying the request rate it sees — the way into its rate limit.
    static let outboundCalls: [String] = [
        "requests.post(", "requests.get(", "requests.put(", "httpx.post(", "httpx.get(", "client.post(", "client.put(",
        "session.post(", "post(\"/", "get(\"/", "put(\"/", "post(ctx,\"/", "get(ctx,\"/", "put(ctx,\"/",
        "resttemplate.postforobject(", "resttemplate.exchange(", "webclient.post(", "http.post(", "http.newrequest(", "axios.",
    ]

    /// Markers of raw SQL in application code.
    static let rawSQLCalls: [String] = [
        "text(\"", "text('", ".raw(", "execute(\"", "execute('", "execute(f\"", "execute(\"\"\"", ".query(\"", ".query('", ".query(`",
        "$queryraw", "$executeraw", "createnativequery", "nativequery=true", "nativequery = true", "find_by_sql", ".exec(\"", ".exec(`",
        "knex.raw(", "sequelize.query(", "jdbctemplate.query", "jdbctemplate.update",
    ]

    /// Cache decorators / annotations by name (the text after `@` up to `(`), lowercase.
    static let cacheDecorators: Set<String> = [
        "cache", "lru_cache", "cached", "cache_page", "cacheable", "memoize", "memoized", "cached_property", "functools.cache",
        "functools.lru_cache", "functools.cached_property", "cache.cached", "cache.memoize", "cachemethod", "ttl_cache", "alru_cache",
        "cached_method", "cacheresult", "usecache", "cachekey", "cachettl",
    ]

    /// Eager loading by language (removing it turns one query into one per row).
    static let eagerLoading: [SourceLanguage: [String]] = [
        .python: [
            "selectinload(", "joinedload(", "subqueryload(", "contains_eager(", "prefetch_related(", "select_related(", "lazy=\"joined\"",
            "lazy='joined'", "lazy=\"selectin\"",
        ],
        .javascript: ["include: [", "include:[", "include: {", "leftjoinandselect(", "innerjoinandselect(", "relations: [", "eager: true"],
        .java: ["join fetch", "@entitygraph", "fetchtype.eager", "fetch(", "@batchsize"],
        .go: [".preload(", "joins("],
        .ruby: [".includes(", "includes(", ".preload(", ".eager_load(", "eager_load("],
        .sql: [],
    ]

    /// Null checks by language.
    static let nullChecks: [SourceLanguage: [String]] = [
        .python: ["is none", "is not none", "== none", "!= none", " or {}", " or []"],
        .javascript: ["!= null", "== null", "!== null", "=== null", "!== undefined", "=== undefined", "?.", "??", "typeof "],
        .java: [
            "!= null", "== null", "optional.", ".ispresent()", ".isempty()", ".orelse(", ".ifpresent(", "objects.isnull(", "objects.nonnull(",
            "requirenonnull(", "?.", "?:",
        ],
        .go: ["== nil", "!= nil"],
        .ruby: [".nil?", "&.", ".present?", ".blank?", "unless "],
    ]
}
