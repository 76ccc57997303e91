/// `recent_commits`: `git show`-style (`diff`) or GitHub-style (`files[]`) commits.
extension JSONReader {
    /// Reads the `recent_commits` array; null is an empty list.
    mutating func readCommits() throws(InputError) -> [Commit] {
        if try consumeNull() { return [] }
        var commits: [Commit] = []
        var items = try beginArray()
        while try nextElement(&items) {
            commits.append(try readCommit())
        }
        return commits
    }

    /// One commit. `sha` is required. GitHub's list-commits shape (`commit: {author, message}`) is read too.
    private mutating func readCommit() throws(InputError) -> Commit {
        var commit = Commit(sha: "")
        var sha: String?
        var state = try beginObject()
        while let key = try nextMember(&state) {
            if self.key(key, is: "sha") {
                sha = try readOptionalString()
            } else if self.key(key, is: "author") {
                commit.author = try readAuthor() ?? commit.author
            } else if self.key(key, is: "timestamp") || self.key(key, is: "date") {
                commit.timestamp = try readTimestamp()
            } else if self.key(key, is: "message") {
                commit.message = try readOptionalString()
            } else if self.key(key, is: "diff") {
                commit.diff = try readOptionalString()
            } else if self.key(key, is: "files") {
                commit.files = try readCommitFiles()
            } else if self.key(key, is: "commit"), try peek() == UInt8(ascii: "{") {
                try readGitHubCommitDetail(into: &commit)
            } else {
                try skipValue()
            }
        }
        guard let sha else { throw contractError("commit has no sha") }
        commit.sha = sha
        return commit
    }

    /// GitHub's nested `commit` object: `{author: {name, email, date}, message}`; fills only what is still missing.
    private mutating func readGitHubCommitDetail(into commit: inout Commit) throws(InputError) {
        var state = try beginObject()
        while let key = try nextMember(&state) {
            if self.key(key, is: "author"), try peek() == UInt8(ascii: "{") {
                let author = try readObject()
                if commit.author == nil { commit.author = Self.authorText(author) }
                if commit.timestamp == nil, let date = author["date"]?.stringValue { commit.timestamp = Timestamp.parse(date) }
            } else if self.key(key, is: "message") {
                let message = try readOptionalString()
                if commit.message == nil { commit.message = message }
            } else {
                try skipValue()
            }
        }
    }

    /// An author: a string, or an object with `name`/`email` (or GitHub's `login`) → `name <email>`.
    private mutating func readAuthor() throws(InputError) -> String? {
        switch try peek() {
        case UInt8(ascii: "\""): return try readString()
        case UInt8(ascii: "{"): return Self.authorText(try readObject())
        case UInt8(ascii: "n"):
            try readLiteral("null")
            return nil
        default: throw typeError(expected: "a string or an object with name and email")
        }
    }

    private static func authorText(_ author: JSONObject) -> String? {
        let name = author["name"]?.stringValue ?? author["login"]?.stringValue
        let email = author["email"]?.stringValue
        switch (name, email) {
        case (let name?, let email?): return "\(name) <\(email)>"
        case (let name?, nil): return name
        case (nil, let email?): return "<\(email)>"
        case (nil, nil): return nil
        }
    }

    /// `files[]` as the GitHub REST API returns them.
    private mutating func readCommitFiles() throws(InputError) -> [CommitFile] {
        if try consumeNull() { return [] }
        var files: [CommitFile] = []
        var items = try beginArray()
        while try nextElement(&items) {
            var file = CommitFile(path: "")
            var path: String?
            var state = try beginObject()
            while let key = try nextMember(&state) {
                if self.key(key, is: "filename") {
                    path = try readOptionalString() ?? path
                } else if self.key(key, is: "path") {
                    let alias = try readOptionalString()
                    if path == nil { path = alias }
                } else if self.key(key, is: "status") {
                    file.status = try readOptionalString()
                } else if self.key(key, is: "additions") {
                    file.additions = try readCount()
                } else if self.key(key, is: "deletions") {
                    file.deletions = try readCount()
                } else if self.key(key, is: "patch") {
                    file.patch = try readOptionalString()
                } else {
                    try skipValue()
                }
            }
            guard let path else { throw contractError("file has no filename (expected filename or path)") }
            file.path = path
            files.append(file)
        }
        return files
    }

    /// A non-negative whole number of lines; nil for null.
    private mutating func readCount() throws(InputError) -> Int? {
        if try consumeNull() { return nil }
        let start = position
        let value = try readNumber()
        guard value >= 0, value <= 1e15, value.rounded() == value else {
            position = start
            throw typeError(expected: "a whole number")
        }
        return Int(value)
    }
}
