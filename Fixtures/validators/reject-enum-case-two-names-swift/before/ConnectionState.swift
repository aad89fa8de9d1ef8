enum ConnectionState {
    case starting
    case idle(Connection, idleSince: Double)
    case leased(Connection, remainingUses: Int?)
    case closed
}

struct Connection {}
