/// Where a line sits relative to Python triple-quoted strings.
enum TripleQuoteState { case none, doc, string }
