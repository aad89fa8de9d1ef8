@testable import ASTPatch
import Foundation
import Testing

/// Structural diff on before/after pairs reproducing typical commits (written for these tests),
/// and on real Swift commits from the local package mirrors.
struct TreeDiffTests {
    // MARK: Fixtures

    /// A file made of top-level chunks, so that variants can move, add and drop them.
    struct Source: Sendable {
        var language: String
        var chunks: [String]

        var text: String { chunks.joined(separator: "\n\n") + "\n" }

        func replacing(_ target: String, with replacement: String, inChunk index: Int) -> Source {
            precondition(chunks[index].contains(target), "\(target) is not in chunk \(index)")
            var copy = self
            copy.chunks[index] = chunks[index].replacingOccurrences(of: target, with: replacement)
            return copy
        }

        func moving(chunk from: Int, to destination: Int) -> Source {
            var copy = self
            let chunk = copy.chunks.remove(at: from)
            copy.chunks.insert(chunk, at: destination)
            return copy
        }

        func inserting(_ chunk: String, at index: Int) -> Source {
            var copy = self
            copy.chunks.insert(chunk, at: index)
            return copy
        }

        func removing(chunk index: Int) -> Source {
            var copy = self
            copy.chunks.remove(at: index)
            return copy
        }

        func replacing(chunk index: Int, with chunk: String) -> Source {
            var copy = self
            copy.chunks[index] = chunk
            return copy
        }
    }

    /// What a pair's diff must show.
    enum Expectation: Sendable {
        /// No action at all: only whitespace and line breaks changed.
        case formattingOnly
        /// One update of an identifier-like leaf from one text to another, nothing else.
        case oneUpdate(from: String, to: String)
        /// One move change of a node of this type; the script holds only moves.
        case oneMove(type: String)
        /// The declaration-level summary, exactly.
        case summary([String])
    }

    struct Pair: CustomTestStringConvertible, Sendable {
        var name: String
        var old: Source
        var new: Source
        var expectation: Expectation

        var language: String { old.language }
        var testDescription: String { "\(language): \(name)" }
    }

    static let python = Source(language: "python", chunks: [
        """
        \"\"\"Inventory helpers for the warehouse service.\"\"\"
        import json
        from dataclasses import dataclass, field
        """,
        """
        @dataclass
        class Item:
            sku: str
            quantity: int = 0
            tags: list[str] = field(default_factory=list)

            def restock(self, amount: int) -> None:
                if amount <= 0:
                    raise ValueError(f"cannot restock {amount} units")
                self.quantity += amount
        """,
        """
        def load_inventory(path):
            with open(path, encoding="utf-8") as handle:
                records = json.load(handle)
            return [Item(**record) for record in records]
        """,
        """
        def total_quantity(items):
            return sum(item.quantity for item in items)
        """,
        """
        def low_stock(items, threshold=5):
            result = []
            for item in items:
                if item.quantity < threshold:
                    result.append(item.sku)
            return sorted(result)
        """,
    ])

    static let pythonReformatted = python.replacing(chunk: 4, with: """
        def low_stock(items,
                      threshold = 5):
            result = [ ]
            for item in items:
                if item.quantity < threshold:
                    result.append(
                        item.sku,
                    )
            return sorted(result)
        """)

    static let javaScript = Source(language: "javascript", chunks: [
        """
        'use strict';

        const DEFAULT_TIMEOUT = 5000;
        """,
        """
        class ApiClient {
          constructor(baseUrl, options = {}) {
            this.baseUrl = baseUrl;
            this.timeout = options.timeout ?? DEFAULT_TIMEOUT;
          }

          async get(path) {
            const response = await fetch(`${this.baseUrl}${path}`, { signal: AbortSignal.timeout(this.timeout) });
            if (!response.ok) {
              throw new Error(`GET ${path} failed: ${response.status}`);
            }
            return response.json();
          }

          async post(path, body) {
            const response = await fetch(`${this.baseUrl}${path}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify(body),
            });
            return response.json();
          }
        }
        """,
        """
        function buildQuery(params) {
          return Object.entries(params)
            .filter(([, value]) => value !== undefined)
            .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
            .join('&');
        }
        """,
        """
        module.exports = { ApiClient, buildQuery };
        """,
    ])

    static let javaScriptPostFirst = javaScript.replacing(chunk: 1, with: """
        class ApiClient {
          constructor(baseUrl, options = {}) {
            this.baseUrl = baseUrl;
            this.timeout = options.timeout ?? DEFAULT_TIMEOUT;
          }

          async post(path, body) {
            const response = await fetch(`${this.baseUrl}${path}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify(body),
            });
            return response.json();
          }

          async get(path) {
            const response = await fetch(`${this.baseUrl}${path}`, { signal: AbortSignal.timeout(this.timeout) });
            if (!response.ok) {
              throw new Error(`GET ${path} failed: ${response.status}`);
            }
            return response.json();
          }
        }
        """)

    static let go = Source(language: "go", chunks: [
        """
        package cache

        import (
        \t"sync"
        \t"time"
        )
        """,
        """
        type entry struct {
        \tvalue   string
        \texpires time.Time
        }
        """,
        """
        // Cache is a map with per-entry expiry, safe for concurrent use.
        type Cache struct {
        \tmu      sync.Mutex
        \tentries map[string]entry
        \tttl     time.Duration
        }
        """,
        """
        // New returns an empty cache whose entries live for ttl.
        func New(ttl time.Duration) *Cache {
        \treturn &Cache{entries: make(map[string]entry), ttl: ttl}
        }
        """,
        """
        // Get returns the value for key if it is present and fresh.
        func (c *Cache) Get(key string) (string, bool) {
        \tc.mu.Lock()
        \tdefer c.mu.Unlock()
        \te, ok := c.entries[key]
        \tif !ok || time.Now().After(e.expires) {
        \t\treturn "", false
        \t}
        \treturn e.value, true
        }
        """,
        """
        // Set stores value under key.
        func (c *Cache) Set(key, value string) {
        \tc.mu.Lock()
        \tdefer c.mu.Unlock()
        \tc.entries[key] = entry{value: value, expires: time.Now().Add(c.ttl)}
        }
        """,
    ])

    static let goReformatted = go.replacing(chunk: 2, with: """
        // Cache is a map with per-entry expiry, safe for concurrent use.
        type Cache struct {
        \tmu sync.Mutex
        \tentries map[string]entry
        \tttl time.Duration
        }
        """).replacing(chunk: 5, with: """
        // Set stores value under key.
        func (c *Cache) Set(key, value string) {
        \tc.mu.Lock()
        \tdefer c.mu.Unlock()
        \tc.entries[key] = entry{
        \t\tvalue:   value,
        \t\texpires: time.Now().Add(c.ttl),
        \t}
        }
        """)

    static let rust = Source(language: "rust", chunks: [
        """
        use std::collections::HashMap;
        use std::fmt;
        """,
        """
        #[derive(Debug, Clone, PartialEq)]
        pub enum Token {
            Number(f64),
            Ident(String),
            Op(char),
        }
        """,
        """
        pub struct Lexer<'a> {
            chars: std::iter::Peekable<std::str::Chars<'a>>,
        }
        """,
        """
        impl<'a> Lexer<'a> {
            pub fn new(source: &'a str) -> Self {
                Lexer { chars: source.chars().peekable() }
            }

            pub fn next_token(&mut self) -> Option<Token> {
                while let Some(&c) = self.chars.peek() {
                    if c.is_whitespace() {
                        self.chars.next();
                    } else {
                        break;
                    }
                }
                let c = self.chars.next()?;
                if c.is_ascii_digit() {
                    let mut text = c.to_string();
                    while let Some(&d) = self.chars.peek() {
                        if !d.is_ascii_digit() && d != '.' {
                            break;
                        }
                        text.push(d);
                        self.chars.next();
                    }
                    return text.parse().ok().map(Token::Number);
                }
                Some(Token::Op(c))
            }
        }
        """,
        """
        impl fmt::Display for Token {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    Token::Number(n) => write!(f, "{n}"),
                    Token::Ident(name) => write!(f, "{name}"),
                    Token::Op(c) => write!(f, "{c}"),
                }
            }
        }
        """,
        """
        pub fn count_idents(tokens: &[Token]) -> HashMap<String, usize> {
            let mut counts = HashMap::new();
            for token in tokens {
                if let Token::Ident(name) = token {
                    *counts.entry(name.clone()).or_insert(0) += 1;
                }
            }
            counts
        }
        """,
    ])

    static let rustReformatted = rust.replacing(chunk: 5, with: """
        pub fn count_idents(
            tokens: &[Token],
        ) -> HashMap<String, usize> {
            let mut counts = HashMap::new();
            for token in tokens { if let Token::Ident(name) = token { *counts.entry(name.clone()).or_insert(0) += 1; } }
            counts
        }
        """)

    static let swift = Source(language: "swift", chunks: [
        """
        import Foundation
        """,
        """
        /// A rate limiter that lets `capacity` requests through per `interval`.
        struct TokenBucket {
            let capacity: Int
            let interval: TimeInterval
            private(set) var tokens: Int
            private var refilledAt: Date

            init(capacity: Int, interval: TimeInterval, now: Date = Date()) {
                self.capacity = capacity
                self.interval = interval
                self.tokens = capacity
                self.refilledAt = now
            }

            mutating func take(now: Date = Date()) -> Bool {
                refill(now: now)
                guard tokens > 0 else { return false }
                tokens -= 1
                return true
            }

            private mutating func refill(now: Date) {
                let elapsed = now.timeIntervalSince(refilledAt)
                guard elapsed >= interval else { return }
                tokens = capacity
                refilledAt = now
            }
        }
        """,
        """
        func describe(_ bucket: TokenBucket) -> String {
            "\\(bucket.tokens)/\\(bucket.capacity) tokens"
        }
        """,
    ])

    static let swiftReformatted = swift.replacing(chunk: 2, with: """
        func describe(
            _ bucket: TokenBucket
        ) -> String {
            "\\(bucket.tokens)/\\(bucket.capacity) tokens"
        }
        """)

    static let pairs: [Pair] = [
        // Python
        Pair(name: "reformatted function", old: python, new: pythonReformatted, expectation: .formattingOnly),
        Pair(name: "renamed function", old: python, new: python.replacing("def total_quantity", with: "def count_units", inChunk: 3),
             expectation: .oneUpdate(from: "total_quantity", to: "count_units")),
        Pair(name: "moved function", old: python, new: python.moving(chunk: 2, to: 4), expectation: .oneMove(type: "function_definition")),
        Pair(name: "edited method", old: python,
             new: python.replacing("self.quantity += amount", with: "self.quantity += amount\n        self.tags.append(\"restocked\")", inChunk: 1),
             expectation: .summary(["updated function_definition restock"])),
        Pair(name: "inserted function", old: python,
             new: python.inserting("def remove_sku(items, sku):\n    return [item for item in items if item.sku != sku]", at: 4),
             expectation: .summary(["inserted function_definition remove_sku"])),
        Pair(name: "deleted function", old: python, new: python.removing(chunk: 3),
             expectation: .summary(["deleted function_definition total_quantity"])),
        Pair(name: "a commit: rename, edit and insert",
             old: python,
             new: python.replacing("threshold=5", with: "threshold=10", inChunk: 4)
                .replacing("def total_quantity", with: "def count_units", inChunk: 3)
                .inserting("def find(items, sku):\n    return next((item for item in items if item.sku == sku), None)", at: 5),
             expectation: .summary(["renamed function_definition total_quantity to count_units",
                                    "updated function_definition low_stock", "inserted function_definition find"])),
        // JavaScript
        Pair(name: "reformatted function", old: javaScript, new: javaScript.replacing(chunk: 2, with: """
            function buildQuery( params ) {
              return Object.entries(params).filter(([, value]) => value !== undefined).map(
                ([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`
              ).join('&')
            }
            """), expectation: .formattingOnly),
        Pair(name: "renamed function", old: javaScript,
             new: javaScript.replacing("function buildQuery(params)", with: "function toQueryString(params)", inChunk: 2),
             expectation: .oneUpdate(from: "buildQuery", to: "toQueryString")),
        Pair(name: "moved method", old: javaScript, new: javaScriptPostFirst, expectation: .oneMove(type: "method_definition")),
        Pair(name: "moved method, summarised", old: javaScript, new: javaScriptPostFirst,
             expectation: .summary(["moved method_definition post"])),
        Pair(name: "edited method", old: javaScript,
             new: javaScript.replacing("return response.json();\n  }\n\n  async post", with: "return await response.json();\n  }\n\n  async post", inChunk: 1),
             expectation: .summary(["updated method_definition get"])),
        Pair(name: "deleted class", old: javaScript,
             new: javaScript.removing(chunk: 1).replacing("{ ApiClient, buildQuery }", with: "{ buildQuery }", inChunk: 2),
             expectation: .summary(["deleted class_declaration ApiClient", "updated expression_statement"])),
        // Go
        Pair(name: "gofmt alignment and a wrapped literal", old: go, new: goReformatted, expectation: .formattingOnly),
        Pair(name: "renamed receiver method", old: go, new: go.replacing("func (c *Cache) Set(", with: "func (c *Cache) Put(", inChunk: 5),
             expectation: .oneUpdate(from: "Set", to: "Put")),
        Pair(name: "moved function with its doc comment", old: go, new: go.moving(chunk: 3, to: 5), expectation: .oneMove(type: "function_declaration")),
        Pair(name: "a commit: a field and a method", old: go,
             new: go.replacing("\tttl     time.Duration\n", with: "\tttl     time.Duration\n\thits    int\n", inChunk: 2)
                .replacing("\treturn e.value, true", with: "\tc.hits++\n\treturn e.value, true", inChunk: 4)
                .inserting("// Hits reports how many lookups found a fresh entry.\nfunc (c *Cache) Hits() int {\n\tc.mu.Lock()\n\tdefer c.mu.Unlock()\n\treturn c.hits\n}", at: 6),
             expectation: .summary(["inserted field_declaration hits", "updated method_declaration Get",
                                    "inserted method_declaration Hits"])),
        // Rust
        Pair(name: "reformatted function", old: rust, new: rustReformatted, expectation: .formattingOnly),
        Pair(name: "renamed function", old: rust, new: rust.replacing("pub fn count_idents", with: "pub fn ident_counts", inChunk: 5),
             expectation: .oneUpdate(from: "count_idents", to: "ident_counts")),
        Pair(name: "moved impl", old: rust, new: rust.moving(chunk: 4, to: 2), expectation: .oneMove(type: "impl_item")),
        Pair(name: "a commit: new token kind", old: rust,
             new: rust.replacing("    Op(char),\n", with: "    Op(char),\n    Str(String),\n", inChunk: 1)
                .replacing("            Token::Op(c) => write!(f, \"{c}\"),\n", with: "            Token::Op(c) => write!(f, \"{c}\"),\n            Token::Str(s) => write!(f, \"{s:?}\"),\n", inChunk: 4),
             expectation: .summary(["inserted enum_variant Str", "updated function_item fmt"])),
        // Swift (swift-syntax's tree)
        Pair(name: "reformatted function", old: swift, new: swiftReformatted, expectation: .formattingOnly),
        Pair(name: "renamed method", old: swift, new: swift.replacing("mutating func take(", with: "mutating func consume(", inChunk: 1),
             expectation: .summary(["renamed function_decl take to consume"])),
        Pair(name: "moved method", old: swift, new: swift.replacing("""
                mutating func take(now: Date = Date()) -> Bool {
                    refill(now: now)
                    guard tokens > 0 else { return false }
                    tokens -= 1
                    return true
                }

                private mutating func refill(now: Date) {
                    let elapsed = now.timeIntervalSince(refilledAt)
                    guard elapsed >= interval else { return }
                    tokens = capacity
                    refilledAt = now
                }
            """, with: """
                private mutating func refill(now: Date) {
                    let elapsed = now.timeIntervalSince(refilledAt)
                    guard elapsed >= interval else { return }
                    tokens = capacity
                    refilledAt = now
                }

                mutating func take(now: Date = Date()) -> Bool {
                    refill(now: now)
                    guard tokens > 0 else { return false }
                    tokens -= 1
                    return true
                }
            """, inChunk: 1), expectation: .oneMove(type: "member_block_item")),
    ]

    static func diff(_ pair: Pair) throws -> TreeDiff {
        try TreeDiff(old: Array(pair.old.text.utf8), new: Array(pair.new.text.utf8), language: pair.language)
    }

    /// Applies the script to a copy of the old tree and compares the result with the new tree.
    static func expectScriptReproducesNewTree(_ diff: TreeDiff, _ name: String) {
        var edited = TreeDiff.EditableTree(diff.old)
        do {
            try edited.apply(diff.actions, from: diff.new)
        } catch {
            Issue.record("\(name): the script does not apply: \(error)")
            return
        }
        let result = edited.signature
        let expected = diff.new.signature
        if result != expected {
            let first = zip(result, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(result.count, expected.count)
            Issue.record("\(name): the edited tree differs from the new tree at pre-order node \(first)")
        }
    }

    // MARK: Properties

    @Test(arguments: pairs)
    func scriptTurnsTheOldTreeIntoTheNewOne(pair: Pair) throws {
        Self.expectScriptReproducesNewTree(try Self.diff(pair), pair.testDescription)
    }

    @Test(arguments: pairs)
    func identicalInputsGiveAnEmptyScript(pair: Pair) throws {
        let bytes = Array(pair.new.text.utf8)
        let diff = try TreeDiff(old: bytes, new: bytes, language: pair.language)
        #expect(diff.actions.isEmpty)
        #expect(diff.new.count > 10)
    }

    @Test(arguments: pairs)
    func diffShowsTheExpectedChange(pair: Pair) throws {
        let diff = try Self.diff(pair)
        let described = diff.changes.map { "\($0.kind.rawValue) \($0.type)" }
        switch pair.expectation {
        case .formattingOnly:
            #expect(diff.actions.isEmpty, "\(described)")
            #expect(pair.old.text != pair.new.text)
        case .oneUpdate(let from, let to):
            #expect(diff.actions.count == 1, "\(described)")
            let action = try #require(diff.actions.first)
            #expect(action.kind == .update)
            #expect(diff.old.labels[action.oldNode!] == from)
            #expect(diff.new.labels[action.newNode!] == to)
        case .oneMove(let type):
            #expect(diff.changes.count == 1, "\(described)")
            #expect(diff.changes.first?.kind == .move)
            #expect(diff.changes.first?.type == type)
            #expect(diff.actions.allSatisfy { $0.kind == .move })
        case .summary(let lines):
            #expect(StructuralSummary.summarize(diff) == lines, "\(described)")
        }
    }

    @Test func aMovedFunctionKeepsItsDocCommentInTheMove() throws {
        let diff = try TreeDiff(old: Array(Self.go.text.utf8), new: Array(Self.go.moving(chunk: 3, to: 5).text.utf8), language: "go")
        let change = try #require(diff.changes.first)
        let moved = diff.new.text(ofBytes: try #require(change.newRange))
        #expect(moved.hasPrefix("// New returns an empty cache"))
        #expect(moved.hasSuffix("ttl: ttl}\n}"))
        #expect(change.actionCount == 2)
    }

    @Test func anOperatorChangeIsOneUpdate() throws {
        let diff = try TreeDiff(old: Array("x = a + b\n".utf8), new: Array("x = a - b\n".utf8), language: "python")
        #expect(diff.actions.count == 1)
        #expect(diff.changes.map(\.type) == ["operator"])
    }

    @Test func summaryNamesTheDeclarationsOfTheBrief() throws {
        let old = "class A:\n    pass\n\n\ndef add(a, b):\n    return a + b\n"
        let new = "def add(a, b, c=0):\n    return a + b + c\n\n\ndef sub(a, b):\n    return a - b\n"
        #expect(try StructuralSummary.summarize(old: Array(old.utf8), new: Array(new.utf8), language: "python")
                == ["deleted class_definition A", "updated function_definition add", "inserted function_definition sub"])
        let js = "class C {\n  m() { return 1; }\n  n() { return 2; }\n  o() { return 3; }\n}\n"
        let moved = "class C {\n  n() { return 2; }\n  o() { return 3; }\n  m() { return 1; }\n}\n"
        #expect(try StructuralSummary.summarize(old: Array(js.utf8), new: Array(moved.utf8), language: "javascript")
                == ["moved method_definition m"])
        #expect(try StructuralSummary.summarize(old: Array(js.utf8), new: Array(js.utf8), language: "javascript") == [])
    }

    // MARK: Size and speed

    /// A Python module of `functions` ten-line functions.
    static func bigModule(functions: Int, renaming renamed: Int? = nil, editing edited: Int? = nil) -> [UInt8] {
        var lines: [String] = []
        for index in 0..<functions {
            lines.append("def \(index == renamed ? "compute_renamed" : "compute_\(index)")(items, factor=\(index)):")
            lines.append("    \"\"\"Return the scaled total of items for case \(index).\"\"\"")
            lines.append("    total = 0")
            lines.append("    for item in items:")
            lines.append("        if item > \(index % 7):")
            lines.append("            total += item * factor")
            if index == edited { lines.append("            total -= 1") }
            lines.append("        else:")
            lines.append("            total -= item")
            lines.append("    return total")
            lines.append("")
        }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    @Test func aTenThousandLineFileWithAFewChangesDiffsWellUnderASecond() throws {
        let old = Self.bigModule(functions: 1000)
        let new = Self.bigModule(functions: 1000, renaming: 500, editing: 700)
        #expect(SourceText(old).lineCount == 10_000)
        let clock = ContinuousClock()
        let start = clock.now
        let oldTree = try TreeDiff.Tree.parse(SourceText(old), language: "python")
        let newTree = try TreeDiff.Tree.parse(SourceText(new), language: "python")
        let parsed = clock.now
        let diff = TreeDiff(old: oldTree, new: newTree)
        let matched = clock.now
        // Release builds take about a tenth of this bound; debug builds (swift test) several times more.
        #expect(matched - parsed < .seconds(1), "matching took \(matched - parsed)")
        #expect(matched - start < .seconds(3), "parsing and matching took \(matched - start)")
        #expect(StructuralSummary.summarize(diff) == ["renamed function_definition compute_500 to compute_renamed",
                                                      "updated function_definition compute_700"])
        #expect(diff.actions.count == 6)
        #expect(!diff.usedCoarseMatching && !diff.old.isCollapsed)
    }

    @Test func pastTheNodeBoundTreesAreFoldedAndTheScriptStillHolds() throws {
        let old = Self.bigModule(functions: 100)
        let new = Self.bigModule(functions: 100, renaming: 50, editing: 70)
        let diff = try TreeDiff(old: old, new: new, language: "python", options: TreeDiff.Options(maxNodes: 1500))
        #expect(diff.old.isCollapsed && diff.new.isCollapsed)
        #expect(diff.old.count <= 1500 && diff.new.count <= 1500)
        #expect(StructuralSummary.summarize(diff) == ["renamed function_definition compute_50 to compute_renamed",
                                                      "updated function_definition compute_70"])
        Self.expectScriptReproducesNewTree(diff, "folded")
    }

    @Test func pastTheWorkBudgetContainersMatchOnTheirChildren() throws {
        let old = Self.bigModule(functions: 50)
        let new = Self.bigModule(functions: 50, renaming: 10, editing: 20)
        let diff = try TreeDiff(old: old, new: new, language: "python", options: TreeDiff.Options(workBudget: 0))
        #expect(diff.usedCoarseMatching)
        Self.expectScriptReproducesNewTree(diff, "coarse")
        #expect(diff.changes.count < 20)
    }

    // MARK: Real commits

    /// Modified Swift files between two swift-nio releases, from the local mirror of the package.
    static let swiftNIOPairs: [(path: String, old: [UInt8], new: [UInt8])] = {
        guard let mirror = git(["ls-remote", "--get-url", "https://github.com/apple/swift-nio.git"])
            .map({ String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }),
              FileManager.default.fileExists(atPath: mirror),
              let names = git(["-C", mirror, "diff", "--name-only", "--diff-filter=M", "2.101.2", "2.101.3", "--", "*.swift"])
        else { return [] }
        return String(decoding: names, as: UTF8.self).split(separator: "\n").compactMap { path in
            guard let old = git(["-C", mirror, "show", "2.101.2:\(path)"]), let new = git(["-C", mirror, "show", "2.101.3:\(path)"])
            else { return nil }
            return (String(path), [UInt8](old), [UInt8](new))
        }
    }()

    static func git(_ arguments: [String]) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }

    @Test(.enabled(if: !swiftNIOPairs.isEmpty, "needs the local swift-nio mirror"))
    func swiftNIOReleaseScriptsReproduceTheNewTrees() throws {
        #expect(Self.swiftNIOPairs.count >= 20)
        for pair in Self.swiftNIOPairs {
            let diff = try TreeDiff(old: pair.old, new: pair.new, language: "swift")
            Self.expectScriptReproducesNewTree(diff, pair.path)
            #expect(!diff.isEmpty || pair.old == pair.new, "\(pair.path)")
            let reverse = try TreeDiff(old: pair.new, new: pair.old, language: "swift")
            Self.expectScriptReproducesNewTree(reverse, pair.path + " (reversed)")
            let same = try TreeDiff(old: pair.new, new: pair.new, language: "swift")
            #expect(same.isEmpty, "\(pair.path)")
        }
    }

    @Test(.enabled(if: !swiftNIOPairs.isEmpty, "needs the local swift-nio mirror"))
    func swiftNIOSocketChannelChangeIsSummarisedByDeclaration() throws {
        let pair = try #require(Self.swiftNIOPairs.first { $0.path == "Sources/NIOPosix/SocketChannel.swift" })
        let summary = try StructuralSummary.summarize(old: pair.old, new: pair.new, language: "swift")
        #expect(summary.contains("inserted function_decl shouldCloseOnError"))
        #expect(summary.contains("updated function_decl shouldCloseOnErrnoCode"))
        #expect(summary.count <= 5, "\(summary)")
    }

    @Test(.enabled(if: !swiftNIOPairs.isEmpty, "needs the local swift-nio mirror"))
    func reformattingARealSwiftFileLeavesNoUpdates() throws {
        let pair = try #require(Self.swiftNIOPairs.first { $0.path == "Sources/NIOPosix/SocketChannel.swift" })
        // Re-indent every line with tabs and add blank lines: formatting only.
        let text = String(decoding: pair.new, as: UTF8.self)
        let reformatted = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let body = line.drop { $0 == " " }
            let indent = String(repeating: "\t", count: (line.count - body.count) / 4)
            return indent + body
        }.joined(separator: "\n")
        let diff = try TreeDiff(old: pair.new, new: Array(reformatted.utf8), language: "swift")
        // Multi-line string literals keep their indentation as content, so look at code tokens.
        let codeUpdates = diff.actions.filter { $0.kind == .update && diff.old.types[$0.oldNode!] != "string_segment" }
        #expect(codeUpdates.isEmpty)
    }

    // MARK: Randomised edits of synthetic trees

    @Test(arguments: 0..<40)
    func randomEditsAreReproducedExactly(seed: Int) {
        var random = SplitMix(seed: UInt64(seed))
        let old = Self.randomTree(&random, nodes: 60 + seed * 5)
        let new = Self.mutated(old, &random, edits: 1 + seed % 8)
        let diff = TreeDiff(old: old, new: new)
        Self.expectScriptReproducesNewTree(diff, "seed \(seed)")
        #expect(TreeDiff(old: old, new: old).isEmpty)
    }

    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed &+ 0x9e37_79b9_7f4a_7c15 }
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
    }

    /// A simple mutable tree to generate and mutate.
    final class Draft {
        var type: String
        var label: String
        var children: [Draft]
        init(_ type: String, _ label: String = "", _ children: [Draft] = []) {
            self.type = type
            self.label = label
            self.children = children
        }
        func copy() -> Draft { Draft(type, label, children.map { $0.copy() }) }
        var all: [Draft] { [self] + children.flatMap(\.all) }
    }

    static func randomTree(_ random: inout SplitMix, nodes: Int) -> TreeDiff.Tree {
        build(randomDraft(&random, nodes: nodes))
    }

    static func randomDraft(_ random: inout SplitMix, nodes: Int) -> Draft {
        let root = Draft("module")
        var inner = [root]
        for _ in 0..<nodes {
            let parent = inner.randomElement(using: &random)!
            if Int.random(in: 0..<3, using: &random) == 0 {
                let node = Draft(["block", "call", "if"].randomElement(using: &random)!)
                parent.children.append(node)
                inner.append(node)
            } else {
                parent.children.append(Draft(["identifier", "number"].randomElement(using: &random)!,
                                             "v\(Int.random(in: 0..<12, using: &random))"))
            }
        }
        return root
    }

    static func mutated(_ tree: TreeDiff.Tree, _ random: inout SplitMix, edits: Int) -> TreeDiff.Tree {
        let root = draft(tree, tree.children(of: tree.root).first { _ in true }!)
        for _ in 0..<edits {
            let nodes = root.all
            let parents = nodes.filter { !$0.children.isEmpty }
            switch Int.random(in: 0..<4, using: &random) {
            case 0:
                if let leaf = nodes.filter({ !$0.label.isEmpty }).randomElement(using: &random) { leaf.label += "x" }
            case 1:
                let parent = parents.randomElement(using: &random)!
                parent.children.insert(Draft("identifier", "new"), at: Int.random(in: 0...parent.children.count, using: &random))
            case 2:
                let parent = parents.randomElement(using: &random)!
                let removed = parent.children.remove(at: Int.random(in: 0..<parent.children.count, using: &random))
                // Move it somewhere outside itself, or drop it.
                let inside = removed.all
                let targets = parents.filter { candidate in !inside.contains { $0 === candidate } }
                if Bool.random(using: &random), let target = targets.randomElement(using: &random) {
                    target.children.insert(removed, at: Int.random(in: 0...target.children.count, using: &random))
                }
            default:
                let parent = parents.randomElement(using: &random)!
                parent.children.swapAt(0, parent.children.count - 1)
            }
        }
        return build(root)
    }

    static func draft(_ tree: TreeDiff.Tree, _ node: Int) -> Draft {
        Draft(tree.types[node], tree.labels[node], tree.children(of: node).map { draft(tree, $0) })
    }

    static func build(_ root: Draft) -> TreeDiff.Tree {
        var builder = TreeBuilder()
        builder.open(type: "document", range: 0..<0, declarationName: nil)
        func add(_ node: Draft) {
            if node.children.isEmpty {
                builder.leaf(type: node.type, label: node.label, range: 0..<0)
            } else {
                builder.open(type: node.type, range: 0..<0, declarationName: nil)
                node.children.forEach(add)
                builder.close()
            }
        }
        add(root)
        builder.close()
        return builder.finish(source: SourceText([]), language: "test", isCollapsed: false)
    }

    // MARK: Building blocks

    @Test func longestCommonSubsequenceIsExactOnSmallInputs() {
        let pairs = SequenceAlignment.longestCommonSubsequence([1, 2, 3, 4, 5, 6], [2, 9, 4, 6, 1])
        #expect(pairs.count == 3)
        #expect(pairs.map(\.0) == [1, 3, 5])
        // Past the exact table's size, unique elements anchor the alignment.
        let large = (0..<3000).map { UInt64($0) }
        var edited = large
        edited.removeSubrange(100..<105)
        edited.insert(contentsOf: [5000, 5001], at: 2000)
        edited.swapAt(10, 2500)
        let result = SequenceAlignment.longestCommonSubsequence(large, edited)
        #expect(result.count == 2993)
        // Repetitive sequences without anchors are matched greedily: in order, never wrong.
        let repetitive = (0..<3000).map { UInt64($0 % 97) }
        let shifted = Array(repetitive.dropFirst(5)) + [1000, 1001]
        let greedy = SequenceAlignment.longestCommonSubsequence(repetitive, shifted)
        #expect(greedy.count > 2800)
        #expect(zip(greedy, greedy.dropFirst()).allSatisfy { $0.0 < $1.0 && $0.1 < $1.1 })
        #expect(greedy.allSatisfy { repetitive[$0.0] == shifted[$0.1] })
    }

    @Test func heaviestIncreasingSubsequenceKeepsTheHeavySide() {
        // Two children swapped: the heavier one stays.
        #expect(SequenceAlignment.heaviestIncreasingSubsequence(keys: [1, 0], weights: [10, 3]) == [true, false])
        #expect(SequenceAlignment.heaviestIncreasingSubsequence(keys: [1, 0], weights: [3, 10]) == [false, true])
        #expect(SequenceAlignment.heaviestIncreasingSubsequence(keys: [3, 0, 1, 2], weights: [1, 1, 1, 1]) == [false, true, true, true])
    }
}
