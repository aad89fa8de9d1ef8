#if canImport(Glibc)
import Glibc
#endif

/// Runs a program found on `PATH` with `posix_spawnp`, feeds it bytes on standard input and
/// collects its standard output and error, all from one thread with `poll`. Foundation's
/// `Process` costs tens of milliseconds a call on Linux (its wait polls a run loop every 50 ms),
/// which a `check` of a small tree would otherwise spend mostly waiting.
struct ChildProcess {
    /// What a finished run gave back.
    struct Output {
        var status: Int32
        var standardOutput: [UInt8]
        var standardError: [UInt8]
    }

    struct LaunchError: Error, CustomStringConvertible {
        var program: String
        var code: Int32
        var description: String { "cannot run \(program): \(String(cString: strerror(code)))" }
    }

    let program: String
    let arguments: [String]

    init(_ program: String, _ arguments: [String]) {
        self.program = program
        self.arguments = arguments
    }

    /// Runs the program to its end. Throws only when it cannot be started.
    func run(input: [UInt8] = []) throws(LaunchError) -> Output {
        let inputPipe = try makeChannel()
        let outputPipe = try makeChannel()
        let errorPipe = try makeChannel()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inputPipe.read, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe.write, 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe.write, 2)

        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, program, &actions, nil, argv, environ)
        close(inputPipe.read)
        close(outputPipe.write)
        close(errorPipe.write)
        guard spawned == 0 else {
            close(inputPipe.write)
            close(outputPipe.read)
            close(errorPipe.read)
            throw LaunchError(program: program, code: spawned)
        }

        var output = Output(status: 0, standardOutput: [], standardError: [])
        exchange(input: input, inputFD: inputPipe.write, outputFD: outputPipe.read, errorFD: errorPipe.read, into: &output)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which Swift does not import as functions.
        output.status = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return output
    }

    /// A one-way channel to or from the child, both ends closed on exec. Sockets rather than
    /// pipes: they can be made close-on-exec atomically (Glibc's `pipe2` is not imported), and
    /// writing to a child that stopped reading fails with EPIPE (`MSG_NOSIGNAL`) instead of
    /// raising SIGPIPE in this process.
    private func makeChannel() throws(LaunchError) -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &fds) == 0 else {
            throw LaunchError(program: program, code: errno)
        }
        shutdown(fds[0], Int32(SHUT_WR))
        return (fds[0], fds[1])
    }

    /// Writes `input` and reads both outputs until the child closes them, without blocking on
    /// any single pipe (a child that fills its output before reading its input would deadlock a
    /// sequential exchange).
    private func exchange(input: [UInt8], inputFD: Int32, outputFD: Int32, errorFD: Int32, into output: inout Output) {
        var written = 0
        var inputOpen = true
        if input.isEmpty {
            close(inputFD)
            inputOpen = false
        } else {
            _ = fcntl(inputFD, F_SETFL, fcntl(inputFD, F_GETFL) | O_NONBLOCK)
        }
        var outputOpen = true
        var errorOpen = true
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while inputOpen || outputOpen || errorOpen {
            var fds: [pollfd] = []
            if inputOpen { fds.append(pollfd(fd: inputFD, events: Int16(POLLOUT), revents: 0)) }
            if outputOpen { fds.append(pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)) }
            if errorOpen { fds.append(pollfd(fd: errorFD, events: Int16(POLLIN), revents: 0)) }
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            for entry in fds where entry.revents != 0 {
                if entry.fd == inputFD {
                    let count = input.withUnsafeBytes { bytes in
                        send(inputFD, bytes.baseAddress! + written, bytes.count - written, Int32(MSG_NOSIGNAL))
                    }
                    if count > 0 { written += count }
                    if (count < 0 && errno != EAGAIN && errno != EINTR) || written == input.count {
                        close(inputFD)
                        inputOpen = false
                    }
                } else {
                    let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                    if count > 0 {
                        if entry.fd == outputFD {
                            output.standardOutput.append(contentsOf: buffer[0..<count])
                        } else {
                            output.standardError.append(contentsOf: buffer[0..<count])
                        }
                    } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                        close(entry.fd)
                        if entry.fd == outputFD { outputOpen = false } else { errorOpen = false }
                    }
                }
            }
        }
    }
}
