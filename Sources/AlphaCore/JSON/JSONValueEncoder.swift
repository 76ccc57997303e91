/// Encodes any `Encodable` value straight into a `JSONValue` tree: no bytes in between, `JSONValue` members taken as
/// they are, non-finite numbers as `null` (JSON has no NaN). The report's signal summaries are built this way, where a
/// `JSONEncoder` pass followed by a parse cost a tenth of an analysis.
///
/// Object members keep the order the value encodes them in; a key encoded twice appears twice (no type here does).
/// Numbers become `Double`, as everywhere in `JSONValue`: integers beyond 2^53 would lose precision (none here are).
public enum JSONValueEncoder {
    /// The value as JSON.
    public static func encode(_ value: some Encodable) throws -> JSONValue {
        try child(value, codingPath: []).freeze()
    }
}

/// A value being built: containers are handed out before they are filled, so they point at a shared node.
final class EncodingNode {
    enum Content {
        case empty
        case value(JSONValue)
        case array([EncodingNode.Child])
        case object([(key: String, child: EncodingNode.Child)])
    }

    /// A scalar or finished value inline; a nested container as its node.
    enum Child {
        case value(JSONValue)
        case node(EncodingNode)

        func freeze() -> JSONValue {
            switch self {
            case .value(let value): value
            case .node(let node): node.freeze()
            }
        }
    }

    var content: Content = .empty

    func freeze() -> JSONValue {
        switch content {
        case .empty: .object(JSONObject())
        case .value(let value): value
        case .array(let children): .array(children.map { $0.freeze() })
        case .object(let members): .object(JSONObject(members.map { (key: $0.key, value: $0.child.freeze()) }))
        }
    }

    func append(_ child: Child) {
        if case .array(var children) = content {
            content = .empty  // keeps `children` uniquely referenced, so the append does not copy
            children.append(child)
            content = .array(children)
        } else {
            content = .array([child])
        }
    }

    func set(_ key: String, _ child: Child) {
        if case .object(var members) = content {
            content = .empty
            members.append((key, child))
            content = .object(members)
        } else {
            content = .object([(key, child)])
        }
    }

    /// Turns an unset node into an empty container of the kind first asked for.
    func becomeArray() {
        if case .empty = content { content = .array([]) }
    }

    func becomeObject() {
        if case .empty = content { content = .object([]) }
    }
}

/// A child value: scalars inline, anything else encoded into a fresh node (or taken as is when it is a `JSONValue`).
private func child(_ value: some Encodable, codingPath: [any CodingKey]) throws -> EncodingNode.Child {
    switch value {
    case let json as JSONValue: return .value(json)
    case let string as String: return .value(.string(string))
    case let double as Double: return .value(number(double))
    case let number as Int: return .value(.number(Double(number)))
    case let flag as Bool: return .value(.bool(flag))
    default:
        let node = EncodingNode()
        try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
        return .node(node)
    }
}

private func number(_ value: some BinaryFloatingPoint) -> JSONValue {
    let double = Double(value)
    return double.isFinite ? .number(double) : .null
}

private struct NodeEncoder: Encoder {
    let node: EncodingNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeObject()
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.becomeArray()
        return UnkeyedNodeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueNodeContainer(node: node, codingPath: codingPath)
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodingNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.set(key.stringValue, .value(.null)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { node.set(key.stringValue, .value(.bool(value))) }
    mutating func encode(_ value: String, forKey key: Key) throws { node.set(key.stringValue, .value(.string(value))) }
    mutating func encode(_ value: Double, forKey key: Key) throws { node.set(key.stringValue, .value(number(value))) }
    mutating func encode(_ value: Float, forKey key: Key) throws { node.set(key.stringValue, .value(number(value))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { node.set(key.stringValue, .value(.number(Double(value)))) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { node.set(key.stringValue, .value(.number(Double(value)))) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { node.set(key.stringValue, .value(.number(Double(value)))) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { node.set(key.stringValue, .value(.number(Double(value)))) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { node.set(key.stringValue, .value(.number(Double(value)))) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { node.set(key.stringValue, .value(.number(Double(value)))) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { node.set(key.stringValue, .value(.number(Double(value)))) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { node.set(key.stringValue, .value(.number(Double(value)))) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { node.set(key.stringValue, .value(.number(Double(value)))) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { node.set(key.stringValue, .value(.number(Double(value)))) }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        node.set(key.stringValue, try child(value, codingPath: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested = EncodingNode()
        node.set(key.stringValue, .node(nested))
        return NodeEncoder(node: nested, codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = EncodingNode()
        node.set(key.stringValue, .node(nested))
        return NodeEncoder(node: nested, codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    private func superEncoder(named name: String) -> any Encoder {
        let nested = EncodingNode()
        node.set(name, .node(nested))
        return NodeEncoder(node: nested, codingPath: codingPath)
    }
}

private struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: EncodingNode
    let codingPath: [any CodingKey]
    private(set) var count = 0

    init(node: EncodingNode, codingPath: [any CodingKey]) {
        self.node = node
        self.codingPath = codingPath
    }

    private mutating func add(_ child: EncodingNode.Child) {
        node.append(child)
        count += 1
    }

    mutating func encodeNil() throws { add(.value(.null)) }
    mutating func encode(_ value: Bool) throws { add(.value(.bool(value))) }
    mutating func encode(_ value: String) throws { add(.value(.string(value))) }
    mutating func encode(_ value: Double) throws { add(.value(number(value))) }
    mutating func encode(_ value: Float) throws { add(.value(number(value))) }
    mutating func encode(_ value: Int) throws { add(.value(.number(Double(value)))) }
    mutating func encode(_ value: Int8) throws { add(.value(.number(Double(value)))) }
    mutating func encode(_ value: Int16) throws { add(.value(.number(Double(value)))) }
    mutating func encode(_ value: Int32) throws { add(.value(.number(Double(value)))) }
    mutating func encode(_ value: Int64) throws { add(.value(.number(Double(value)))) }
    mutating func encode(_ value: UInt) throws { add(.value(.number(Double(value)))) }
    mutating func encode(_ value: UInt8) throws { add(.value(.number(Double(value)))) }
    mutating func encode(_ value: UInt16) throws { add(.value(.number(Double(value)))) }
    mutating func encode(_ value: UInt32) throws { add(.value(.number(Double(value)))) }
    mutating func encode(_ value: UInt64) throws { add(.value(.number(Double(value)))) }

    mutating func encode(_ value: some Encodable) throws {
        add(try child(value, codingPath: codingPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = EncodingNode()
        add(.node(nested))
        return NodeEncoder(node: nested, codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = EncodingNode()
        add(.node(nested))
        return NodeEncoder(node: nested, codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let nested = EncodingNode()
        add(.node(nested))
        return NodeEncoder(node: nested, codingPath: codingPath)
    }
}

private struct SingleValueNodeContainer: SingleValueEncodingContainer {
    let node: EncodingNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.content = .value(.null) }
    mutating func encode(_ value: Bool) throws { node.content = .value(.bool(value)) }
    mutating func encode(_ value: String) throws { node.content = .value(.string(value)) }
    mutating func encode(_ value: Double) throws { node.content = .value(number(value)) }
    mutating func encode(_ value: Float) throws { node.content = .value(number(value)) }
    mutating func encode(_ value: Int) throws { node.content = .value(.number(Double(value))) }
    mutating func encode(_ value: Int8) throws { node.content = .value(.number(Double(value))) }
    mutating func encode(_ value: Int16) throws { node.content = .value(.number(Double(value))) }
    mutating func encode(_ value: Int32) throws { node.content = .value(.number(Double(value))) }
    mutating func encode(_ value: Int64) throws { node.content = .value(.number(Double(value))) }
    mutating func encode(_ value: UInt) throws { node.content = .value(.number(Double(value))) }
    mutating func encode(_ value: UInt8) throws { node.content = .value(.number(Double(value))) }
    mutating func encode(_ value: UInt16) throws { node.content = .value(.number(Double(value))) }
    mutating func encode(_ value: UInt32) throws { node.content = .value(.number(Double(value))) }
    mutating func encode(_ value: UInt64) throws { node.content = .value(.number(Double(value))) }

    mutating func encode(_ value: some Encodable) throws {
        switch try child(value, codingPath: codingPath) {
        case .value(let json): node.content = .value(json)
        case .node(let nested): node.content = nested.content
        }
    }
}
