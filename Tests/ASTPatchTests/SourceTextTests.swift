@testable import ASTPatch
import Testing

struct SourceTextTests {
    @Test func detectsLineEndings() {
        #expect(SourceText(Array("a\nb\n".utf8)).lineEnding == .lf)
        #expect(SourceText(Array("a\r\nb\r\n".utf8)).lineEnding == .crlf)
        #expect(SourceText(Array("a\r\nb\n".utf8)).lineEnding == .mixed)
        #expect(SourceText(Array("ab".utf8)).lineEnding == .none)
    }

    @Test func keepsTheByteOrderMarkAsideFromTheBody() {
        let source = SourceText([0xEF, 0xBB, 0xBF] + Array("x = 1\n".utf8))
        #expect(source.hasByteOrderMark)
        #expect(Array(source.body) == Array("x = 1\n".utf8))
        #expect(source.parseableBytes.count == 6)
        #expect(source.bytes.count == 9)
        #expect(source.location(ofOffset: 0) == SourceLocation(line: 1, column: 1))
    }

    @Test func flagsNulBytesAsBinary() {
        #expect(SourceText([0x41, 0x00, 0x42]).isBinary)
        #expect(!SourceText(Array("plain".utf8)).isBinary)
    }

    @Test func mapsOffsetsToLinesAndByteColumns() {
        // "é" is two bytes: columns count UTF-8 bytes.
        let source = SourceText(Array("é = 1\r\nb = 2\nc".utf8))
        #expect(source.location(ofOffset: 0) == SourceLocation(line: 1, column: 1))
        #expect(source.location(ofOffset: 2) == SourceLocation(line: 1, column: 3))
        #expect(source.location(ofOffset: 8) == SourceLocation(line: 2, column: 1))
        #expect(source.location(ofOffset: 14) == SourceLocation(line: 3, column: 1))
        #expect(String(decoding: source.line(at: 0), as: UTF8.self) == "é = 1")
        #expect(String(decoding: source.line(at: 1), as: UTF8.self) == "b = 2")
        #expect(String(decoding: source.line(at: 2), as: UTF8.self) == "c")
        #expect(source.lineCount == 3)
        #expect(!source.endsWithNewline)
    }

    @Test func keepsInvalidUTF8BytesExactly() throws {
        let bytes: [UInt8] = Array("# caf".utf8) + [0xE9] + Array("\nx = 1\n".utf8)
        let source = SourceText(bytes)
        #expect(source.bytes == bytes)
        #expect(Array(source.body) == bytes)
        #expect(!source.isBinary)
    }
}
