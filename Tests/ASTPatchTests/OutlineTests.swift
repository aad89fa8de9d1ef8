import ASTPatch
import Testing

struct OutlineTests {
    @Test(arguments: Samples.languages)
    func outlinesNameTheExpectedSymbolPaths(language: String) throws {
        let path = try #require(Samples.file(language, "clean"))
        let expected = try Samples.expectation(language).outline
        let symbols = try Outliner().symbols(in: SourceText(try Samples.bytes(path)), language: language)
        let paths = Set(symbols.map(\.path))
        for name in expected {
            #expect(paths.contains(name), "\(language): \(name) not in \(symbols.map(\.path))")
        }
    }

    @Test func overloadsGetAStableSuffixAndExtensionsLendTheirTypeName() throws {
        let text = """
            struct Greeter {
                func greet() {}
                func greet(name: String) {}
            }
            extension Greeter {
                func wave() {}
                var loud: Bool { true }
            }
            """
        let symbols = try Outliner().symbols(in: SourceText(Array(text.utf8)), language: "swift")
        #expect(symbols.map(\.path) == ["Greeter", "Greeter.greet", "Greeter.greet#2", "Greeter.wave", "Greeter.loud"])
        #expect(symbols.map(\.kind) == ["struct", "method", "method", "method", "property"])
        #expect(symbols[2].start.line == 3 && symbols[2].end.line == 3)
    }

    @Test func symbolRangesCoverDecoratorsAndMethodsNestInClasses() throws {
        let text = "class A:\n    @staticmethod\n    def make():\n        def inner():\n            pass\n        return inner\n"
        let symbols = try Outliner().symbols(in: SourceText(Array(text.utf8)), language: "python")
        #expect(symbols.map(\.path) == ["A", "A.make", "A.make.inner"])
        #expect(symbols.map(\.kind) == ["class", "method", "function"])
        #expect(symbols[1].start.line == 2)
        #expect(symbols[1].byteRange.lowerBound == text.utf8.count - text.drop(while: { $0 != "@" }).utf8.count)
    }

    @Test func goMethodsHangFromTheirReceiverAndRustMethodsFromTheirImpl() throws {
        let go = "package a\n\ntype T struct{}\n\nfunc (t *T) Run() {}\n\nfunc New() *T { return nil }\n"
        #expect(try Outliner().symbols(in: SourceText(Array(go.utf8)), language: "go").map(\.path) == ["T", "T.Run", "New"])
        let rust = "struct S;\nimpl S {\n    fn new() -> S { S }\n}\nimpl Clone for S {\n    fn clone(&self) -> S { S }\n}\n"
        #expect(try Outliner().symbols(in: SourceText(Array(rust.utf8)), language: "rust").map(\.path) == ["S", "S.new", "S.clone"])
    }
}
