/// One page of incidents.
public struct IncidentPage: Hashable, Sendable {
    /// The incidents, newest first.
    public var items: [IncidentSummary]
    /// The cursor for the next page, nil when this is the last one.
    public var nextCursor: IncidentCursor?

    /// A page.
    public init(items: [IncidentSummary], nextCursor: IncidentCursor?) {
        self.items = items
        self.nextCursor = nextCursor
    }

    /// Builds a page from up to `limit + 1` rows fetched in order: the extra row only says a next page exists.
    public init(fetched: [IncidentSummary], limit: Int) {
        let page = Array(fetched.prefix(limit))
        self.items = page
        self.nextCursor = fetched.count > limit ? page.last.map(IncidentCursor.init(after:)) : nil
    }
}
