enum ConnectionState {
    case starting
    case idle(Connection, idleSince: Double)
    case leased(_ connection: Connection, remainingUses: Int?)
    case closed
}

struct Connection {}
