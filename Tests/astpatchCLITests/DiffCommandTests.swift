import Foundation
import Testing

struct DiffCommandTests {
    static let old = """
        import os


        def add(a, b):
            return a + b


        def helper(x):
            \"\"\"Help.\"\"\"
            return x * 2


        class Greeter:
            def greet(self, name):
                return "hi " + name

        """

    /// `add` renamed, `Greeter` moved to the top, `sub` added.
    static let new = """
        import os


        class Greeter:
            def greet(self, name):
                return "hi " + name


        def plus(a, b):
            return a + b


        def helper(x):
            \"\"\"Help.\"\"\"
            return x * 2


        def sub(a, b):
            return a - b

        """

    /// A folder with old.py, new.py and whatever else is given.
    static func folder(_ files: [String: String] = [:]) throws -> String {
        let directory = try CLI.temporaryDirectory("diff")
        for (name, text) in ["old.py": old, "new.py": new].merging(files, uniquingKeysWith: { $1 }) {
            try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
        }
        return directory
    }

    @Test func showsEachChangeWithKindTypeLinesAndSource() throws {
        let directory = try Self.folder()
        let result = try CLI.run(["diff", "old.py", "new.py"], directory: directory)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("astpatch diff old.py new.py (python): 3 changes: 1 insert, 1 update, 1 move"))
        #expect(result.stdout.contains("update identifier  old 4:5-4:8 → new 9:5-9:9"))
        #expect(result.stdout.contains("     4 - def add(a, b):\n     9 + def plus(a, b):"))
        #expect(result.stdout.contains("move class_definition  old 13:1-15:28 → new 4:1-6:28"))
        #expect(result.stdout.contains("insert function_definition  new 18:1-19:17"))
        #expect(result.stdout.contains("    19 +     return a - b"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour into a pipe")
    }

    @Test func contextOptionSetsTheUnchangedLinesShown() throws {
        let directory = try Self.folder()
        let none = try CLI.run(["diff", "--context", "0", "old.py", "new.py"], directory: directory)
        #expect(!none.stdout.contains("    10       return a + b"))
        let two = try CLI.run(["diff", "--context", "2", "old.py", "new.py"], directory: directory)
        #expect(two.stdout.contains("    10       return a + b\n    11   \n"))
    }

    @Test func identicalAndReformattedFilesExitZero() throws {
        let reformatted = Self.old.replacingOccurrences(of: "return a + b", with: "return a +  b")
            .replacingOccurrences(of: "def add(a, b):", with: "def add( a,b ):")
            .replacingOccurrences(of: "\n\n\nclass", with: "\n\nclass")
        let directory = try Self.folder(["same.py": Self.old, "formatted.py": reformatted])
        let same = try CLI.run(["diff", "old.py", "same.py"], directory: directory)
        #expect(same.status == 0)
        #expect(same.stdout.isEmpty)
        let formatted = try CLI.run(["diff", "old.py", "formatted.py"], directory: directory)
        #expect(formatted.status == 0, "\(formatted.stdout)")
        #expect(formatted.stdout.contains("no structural difference (formatting only)"))
        let json = try CLI.run(["diff", "--json", "old.py", "formatted.py"], directory: directory)
        let object = try #require(try CLI.json(json.stdout) as? [String: Any])
        #expect((object["actions"] as? [Any])?.isEmpty == true)
        #expect(json.status == 0)
    }

    @Test func jsonListsActionsWithOneBasedPositionsAndASummary() throws {
        let directory = try Self.folder()
        let result = try CLI.run(["diff", "--json", "old.py", "new.py"], directory: directory)
        #expect(result.status == 1)
        let object = try #require(try CLI.json(result.stdout) as? [String: Any])
        let actions = try #require(object["actions"] as? [[String: Any]])
        #expect(actions.map { $0["action"] as? String } == ["move", "update", "insert"])

        let update = actions[1]
        #expect(update["type"] as? String == "identifier")
        #expect(update["label"] as? String == "add")
        #expect(update["value"] as? String == "plus")
        let updateOld = try #require(update["old"] as? [String: [Int]])
        #expect(updateOld["start"] == [4, 5])
        #expect(updateOld["end"] == [4, 8])
        #expect((update["new"] as? [String: [Int]])?["start"] == [9, 5])

        let insert = actions[2]
        #expect(insert["old"] == nil)
        #expect(insert["label"] == nil)
        #expect(insert["type"] as? String == "function_definition")
        #expect(insert["value"] as? String == "def sub(a, b):\n    return a - b")
        #expect((insert["new"] as? [String: [Int]])?["start"] == [18, 1])

        let move = actions[0]
        #expect(move["type"] as? String == "class_definition")
        #expect(move["old"] != nil && move["new"] != nil)

        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["language"] as? String == "python")
        #expect(summary["changes"] as? Int == 3)
        #expect(summary["insert"] as? Int == 1)
        #expect(summary["delete"] as? Int == 0)
        #expect(summary["update"] as? Int == 1)
        #expect(summary["move"] as? Int == 1)
        #expect(summary["declarations"] as? [String] == ["moved class_definition Greeter", "renamed function_definition add to plus",
                                                         "inserted function_definition sub"])
    }

    @Test func deletionsHaveNoNewSide() throws {
        let directory = try Self.folder()
        let result = try CLI.run(["diff", "--json", "new.py", "old.py"], directory: directory)
        let actions = try #require((try CLI.json(result.stdout) as? [String: Any])?["actions"] as? [[String: Any]])
        let delete = try #require(actions.first { $0["action"] as? String == "delete" })
        #expect(delete["new"] == nil)
        #expect(delete["value"] == nil)
        #expect(delete["label"] as? String == "def sub(a, b):\n    return a - b")
    }

    @Test func colourAndTwoColumns() throws {
        let directory = try Self.folder()
        let always = try CLI.run(["diff", "--color", "always", "old.py", "new.py"], directory: directory)
        #expect(always.stdout.contains("\u{1B}[32m+\u{1B}[0m"))
        // The renamed token is highlighted within its line.
        #expect(always.stdout.contains("\u{1B}[7;32mplus\u{1B}[0m"))
        let never = try CLI.run(["diff", "--color", "never", "old.py", "new.py"], directory: directory)
        #expect(!never.stdout.contains("\u{1B}["))
        let columns = try CLI.run(["diff", "--side-by-side", "old.py", "new.py"], environment: ["COLUMNS": "100"], directory: directory)
        #expect(columns.status == 1)
        let row = try #require(columns.stdout.split(separator: "\n").first { $0.contains("def add(a, b):") })
        #expect(row.contains(" │ "))
        #expect(row.contains("def plus(a, b):"))
        #expect(row.count <= 100)
        let badColour = try CLI.run(["diff", "--color", "sometimes", "old.py", "new.py"], directory: directory)
        #expect(badColour.status == 2)
    }

    @Test func filesWithoutAGrammarGetALineDiffThatSaysSo() throws {
        let directory = try Self.folder(["a.txt": "one\ntwo\nthree\n", "b.txt": "one\n2\nthree\n"])
        let result = try CLI.run(["diff", "a.txt", "b.txt"], directory: directory)
        #expect(result.status == 1)
        #expect(result.stdout.contains("no grammar for this file type; showing a line diff"))
        #expect(result.stdout.contains("-two\n+2\n"))
        let json = try CLI.run(["diff", "--json", "a.txt", "b.txt"], directory: directory)
        let object = try #require(try CLI.json(json.stdout) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["fallback"] as? String == "line")
        let actions = try #require(object["actions"] as? [[String: Any]])
        #expect(actions.map { $0["action"] as? String } == ["delete", "insert"])
        #expect((actions[0]["old"] as? [String: [Int]])?["start"] == [2, 1])
        // --language gives a grammar to a file whose name has none.
        let forced = try CLI.run(["diff", "--language", "python", "old.py", "b.txt"], directory: directory)
        #expect(forced.stdout.contains("(python)"))
    }

    @Test func troubleExitsTwo() throws {
        let directory = try Self.folder()
        #expect(try CLI.run(["diff", "old.py", "missing.py"], directory: directory).status == 2)
        #expect(try CLI.run(["diff", "--language", "klingon", "old.py", "new.py"], directory: directory).status == 2)
        #expect(try CLI.run(["diff", "old.py"], directory: directory).status == 2)
        #expect(try CLI.run(["diff", "--git", "a", "b", "c"], directory: directory).status == 2)
    }

    @Test func gitModeTakesSevenArgumentsAndExitsZeroOnDifferences() throws {
        let directory = try Self.folder()
        let result = try CLI.run(["diff", "--git", "src/app.py", "old.py", "1111111", "100644", "new.py", "2222222", "100644"],
                                 directory: directory)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("astpatch diff a/src/app.py b/src/app.py (python): 3 changes"))
        let created = try CLI.run(["diff", "--git", "src/app.py", "/dev/null", ".", ".", "new.py", "2222222", "100644"],
                                  directory: directory)
        #expect(created.status == 0)
        #expect(created.stdout.contains("(python, new file)"))
        let unmerged = try CLI.run(["diff", "--git", "src/app.py"], directory: directory)
        #expect(unmerged.stdout == "* Unmerged path src/app.py\n")
    }

    /// A repository with one commit of old.py as app.py and a working copy with new.py's text.
    static func repository() throws -> String {
        let directory = try CLI.temporaryDirectory("diff-git")
        try old.write(toFile: directory + "/app.py", atomically: true, encoding: .utf8)
        try CLI.shell("git init -q . && git add app.py && git -c user.name=t -c user.email=t@example.com commit -qm one", in: directory)
        try new.write(toFile: directory + "/app.py", atomically: true, encoding: .utf8)
        try "plain text\n".write(toFile: directory + "/notes.txt", atomically: true, encoding: .utf8)
        try CLI.shell("git add notes.txt", in: directory)
        return directory
    }

    @Test func worksAsGitsExternalDiffThroughTheDriverScript() throws {
        let directory = try Self.repository()
        let driver = CLI.packageRoot + "/scripts/astpatch-diff-driver"
        #expect(FileManager.default.isExecutableFile(atPath: driver))
        let output = try CLI.shell("GIT_EXTERNAL_DIFF='\(driver)' ASTPATCH='\(CLI.binary)' git --no-pager diff HEAD", in: directory)
        #expect(output.contains("astpatch diff a/app.py b/app.py (python): 3 changes"))
        #expect(output.contains("update identifier"))
        #expect(output.contains("b/notes.txt: no grammar for this file type; showing a line diff"))
        #expect(output.contains("+plain text"))
    }

    @Test func worksAsGitDifftool() throws {
        let directory = try Self.repository()
        let output = try CLI.shell("git difftool -y --extcmd='\(CLI.binary) diff' HEAD -- app.py", in: directory)
        #expect(output.contains("(python): 3 changes"))
        #expect(output.contains("insert function_definition"))
    }
}
