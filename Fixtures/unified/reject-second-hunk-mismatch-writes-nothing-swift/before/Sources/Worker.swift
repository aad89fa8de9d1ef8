import Foundation

final class Worker {
    private let queue = DispatchQueue(label: "worker")
    private var pending: [() -> Void] = []
    private(set) var isRunning = false

    func submit(_ job: @escaping () -> Void) {
        queue.async {
            self.pending.append(job)
            self.drain()
        }
    }

    func start() {
        queue.async {
            self.isRunning = true
            self.drain()
        }
    }

    func stop() {
        queue.async {
            self.isRunning = false
        }
    }

    private func drain() {
        guard isRunning else { return }
        while !pending.isEmpty {
            let job = pending.removeFirst()
            job()
        }
    }
}
