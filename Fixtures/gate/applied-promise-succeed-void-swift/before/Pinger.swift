import NIOCore

final class Pinger {
    private let channel: Channel

    init(channel: Channel) {
        self.channel = channel
    }

    func ping() -> EventLoopFuture<Void> {
        let promise = channel.eventLoop.makePromise(of: Void.self)
        channel.writeAndFlush("PING\n", promise: nil)
        promise.succeed(Void())
        return promise.futureResult
    }
}
