/// Where a fault comes from: our code, our configuration, or the world outside (no change on our side).
public enum ChangeOrigin: Sendable, Equatable {
    case commit(CodeChange)
    case config([ConfigChange])
    case external
}
