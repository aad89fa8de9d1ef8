/// The version of astpatch: the command line tool's and its MCP server's.
public enum ASTPatchVersion {
    public static let current = "0.1.0"
}
