enum ParseError: Error {
    case empty
    case notANumber(String)
}

func parsePort(_ text: String) throws(ParseError) -> Int {
    guard !text.isEmpty else { throw ParseError.empty }
    guard let port = Int(text) else { throw ParseError.notANumber(text) }
    return port
}
